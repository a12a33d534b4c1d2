package se.lofte.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.GridHotspots;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaceSave;
import se.lofte.places.FocusPlaces;
import se.lofte.places.Places;
import se.lofte.places.StreetSegment;
import se.lofte.shared.Problem;

/**
 * A focus place made from the hot cells of a hotspot analysis: the street segments of one organisation that
 * run through a cell hot at 95 % confidence or more; or, for an analysis on street segments, the organisation's
 * segments that are themselves hot at 95 % or more. Who may create it is the focus places' own rule
 * ({@link FocusPlaces#create}); this only chooses the segments.
 */
@Component
public class HotspotFocusPlaces {

    /** The confidence a cell must reach to give its streets to the focus place, as in the page's summary. */
    public static final int CONFIDENCE = 95;

    private final SituationMap map;
    private final Places places;
    private final FocusPlaces focusPlaces;
    private final Organisations organisations;
    private final GeometryFactory geometries = new GeometryFactory();

    HotspotFocusPlaces(SituationMap map, Places places, FocusPlaces focusPlaces, Organisations organisations) {
        this.map = map;
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.organisations = organisations;
    }

    /** The organisations whose focus places the member may create, by name. */
    public List<Organisation> owners(StaffMember member) {
        return organisations.findAll(places.changeableBy(member)).stream()
                .sorted((a, b) -> a.shortName().compareToIgnoreCase(b.shortName())).toList();
    }

    /** Whether the member may create focus places of the organisation: the focus places' own rule. */
    public boolean mayCreate(StaffMember member, OrganisationId owner) {
        return focusPlaces.mayChange(member, owner);
    }

    /**
     * Creates the focus place {@code name} of {@code owner} from its segments in the hot cells of {@code result}.
     * Problems are on {@code name}, {@code description} or {@code parts} (no segment of the owner in a hot cell).
     */
    public FocusPlaceSave create(StaffMember member, GridHotspots.Result result, OrganisationId owner, String name,
                                 String description) {
        List<Polygon> hot = result.cells().stream().filter(c -> c.hot() && c.confidence() >= CONFIDENCE)
                .map(this::polygon).toList();
        Set<Long> own = own(owner);
        Set<Long> inside = new TreeSet<>();
        for (SituationMap.Shape segment : map.segments(member)) {
            if (own.contains(segment.id()) && intersectsAny(segment.geometry(), hot)) {
                inside.add(segment.id());
            }
        }
        return create(member, owner, name, description, inside, "hotspots.focus.noSegments");
    }

    /**
     * Creates the focus place {@code name} of {@code owner} from its street segments hot at 95 % or more in
     * {@code streets}, an analysis on segments. Problems as for cells; {@code parts} when no segment of the
     * owner is hot.
     */
    public FocusPlaceSave createFromStreets(StaffMember member, List<HotspotAnalysis.Street> streets,
                                            OrganisationId owner, String name, String description) {
        Set<Long> own = own(owner);
        Set<Long> hot = new TreeSet<>();
        for (HotspotAnalysis.Street street : streets) {
            if (street.figures().hot() && street.figures().confidence() >= CONFIDENCE
                    && own.contains(street.segment().id())) {
                hot.add(street.segment().id());
            }
        }
        return create(member, owner, name, description, hot, "hotspots.focus.noHotSegments");
    }

    private Set<Long> own(OrganisationId owner) {
        return places.segments(Set.of(owner)).stream().map(StreetSegment::id).collect(Collectors.toSet());
    }

    private FocusPlaceSave create(StaffMember member, OrganisationId owner, String name, String description,
                                  Set<Long> segments, String none) {
        if (segments.isEmpty()) {
            return new FocusPlaceSave(null, List.of(Problem.of("parts", none)));
        }
        return focusPlaces.create(owner, name, description, Set.of(), segments, member);
    }

    private static boolean intersectsAny(Geometry segment, List<Polygon> cells) {
        return cells.stream().anyMatch(segment::intersects);
    }

    private Polygon polygon(GridHotspots.Cell cell) {
        List<Coordinate> ring = new ArrayList<>();
        cell.outline().forEach(corner -> ring.add(new Coordinate(corner[0], corner[1])));
        ring.add(ring.getFirst());
        return geometries.createPolygon(ring.toArray(Coordinate[]::new));
    }
}
