package se.lofte.situation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.GridHotspots;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.Places;
import se.lofte.places.StreetSegment;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;

/**
 * A focus place made on a lägesbild map: of street segments chosen one by one, of the segments a shape drawn
 * on the map touches, or both; or on the hotspots page, of the streets in its hot cells or its hot streets. The shape only chooses segments and is not kept: an area would take incidents
 * from its district by the smallest-area rule, while a segment holds the incidents snapped to it already.
 * Which segments may be chosen is the map's own: the segments of the organisations the member may change that
 * the map shows them. Who may create the focus place, and that its parts are the owner's, are the focus
 * places' own rules ({@link FocusPlaces#create}).
 */
@Component
public class MapFocusPlaces {

    /** The field a drawn shape's problems are on. */
    public static final String SHAPE = "polygon";
    /** The confidence a hot cell or street must reach to give its streets to a focus place, as in the page's summary. */
    public static final int HOT_CONFIDENCE = 95;

    /** One street of an organisation: its segments west to east, each with its length. */
    public record Street(OrganisationId owner, String name, List<Part> parts) {

        public Street {
            parts = List.copyOf(parts);
        }
    }

    /** A street segment to choose, {@code metres} long along the ground. */
    public record Part(long id, long metres) {
    }

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private static final Comparator<SituationMap.Shape> WEST_TO_EAST = Comparator
            .comparingDouble((SituationMap.Shape s) -> s.geometry().getEnvelopeInternal().getMinX())
            .thenComparingLong(SituationMap.Shape::id);

    private final SituationMap map;
    private final Places places;
    private final FocusPlaces focusPlaces;
    private final Organisations organisations;

    MapFocusPlaces(SituationMap map, Places places, FocusPlaces focusPlaces, Organisations organisations) {
        this.map = map;
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.organisations = organisations;
    }

    /** The organisations whose focus places the member may create, by name. */
    public List<Organisation> owners(StaffMember member) {
        return organisations.findAll(places.changeableBy(member)).stream()
                .sorted(Comparator.comparing(Organisation::shortName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether the member may create focus places of the organisation: the focus places' own rule. */
    public boolean mayCreate(StaffMember member, OrganisationId owner) {
        return focusPlaces.mayChange(member, owner);
    }

    /**
     * The streets the member may make focus places of, by owner and name: those of {@code owners} that the map
     * shows them. Segments of a street are listed west to east, so that "the second" means the same on the
     * map and in the list.
     */
    public List<Street> streets(StaffMember member, List<Organisation> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        Map<Long, StreetSegment> own = ownSegments(owners.stream().map(Organisation::id).collect(Collectors.toSet()));
        Map<OrganisationId, Map<String, List<SituationMap.Shape>>> byStreet = new LinkedHashMap<>();
        owners.forEach(o -> byStreet.put(o.id(), new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
        for (SituationMap.Shape shape : map.segments(member)) {
            StreetSegment segment = own.get(shape.id());
            if (segment != null) {
                byStreet.get(segment.organisation()).computeIfAbsent(segment.name(), n -> new ArrayList<>()).add(shape);
            }
        }
        List<Street> streets = new ArrayList<>();
        byStreet.forEach((owner, named) -> named.forEach((name, shapes) -> streets.add(new Street(owner, name,
                shapes.stream().sorted(WEST_TO_EAST).map(s -> new Part(s.id(), Math.round(metres(s.geometry()))))
                        .toList()))));
        return streets;
    }

    /**
     * Creates the focus place {@code name} of {@code owner} from the chosen segments and those of its segments
     * the map shows the member that the shape drawn ({@code shape}, a GeoJSON Polygon, blank for none) touches.
     * Problems are on {@code name}, {@code description}, {@code parts} and {@link #SHAPE}: a shape that cannot
     * be used, or that touches none of the owner's segments while no segment was chosen either.
     */
    public Saved<FocusPlaceId> create(StaffMember member, OrganisationId owner, String name, String description,
                                      Set<Long> chosen, String shape) {
        List<Problem> problems = new ArrayList<>();
        Polygon polygon = DrawnShape.read(shape, SHAPE, problems);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        Set<Long> segments = new TreeSet<>(chosen);
        if (polygon != null) {
            Set<Long> inside = inside(member, owner, List.of(polygon));
            if (inside.isEmpty() && chosen.isEmpty()) {
                return Saved.refused(List.of(Problem.of(SHAPE, "map.focus.shape.noSegments")));
            }
            segments.addAll(inside);
        }
        return focusPlaces.create(owner, name, description, Set.of(), segments, member);
    }

    /**
     * Creates the focus place {@code name} of {@code owner} from its segments that meet a cell hot at
     * {@link #HOT_CONFIDENCE} % or more in {@code result}. Problems are on {@code name}, {@code description} or
     * {@code parts} (no segment of the owner in a hot cell).
     */
    public Saved<FocusPlaceId> createFromHotCells(StaffMember member, GridHotspots.Result result,
                                                  OrganisationId owner, String name, String description) {
        List<Polygon> hot = result.cells().stream().filter(c -> c.hot(HOT_CONFIDENCE))
                .map(MapFocusPlaces::polygon).toList();
        return createOf(member, owner, name, description, inside(member, owner, hot), "hotspots.focus.noSegments");
    }

    /**
     * Creates the focus place {@code name} of {@code owner} from its street segments hot at {@link #HOT_CONFIDENCE} %
     * or more in {@code streets}, an analysis on segments. Problems as for cells; {@code parts} when no segment of
     * the owner is hot.
     */
    public Saved<FocusPlaceId> createFromHotStreets(StaffMember member, List<HotspotAnalysis.Street> streets,
                                                    OrganisationId owner, String name, String description) {
        Set<Long> own = ownSegments(Set.of(owner)).keySet();
        Set<Long> hot = new TreeSet<>();
        for (HotspotAnalysis.Street street : streets) {
            if (street.figures().hot(HOT_CONFIDENCE) && own.contains(street.segment().id())) {
                hot.add(street.segment().id());
            }
        }
        return createOf(member, owner, name, description, hot, "hotspots.focus.noHotSegments");
    }

    private Saved<FocusPlaceId> createOf(StaffMember member, OrganisationId owner, String name, String description,
                                         Set<Long> segments, String none) {
        if (segments.isEmpty()) {
            return Saved.refused(List.of(Problem.of("parts", none)));
        }
        return focusPlaces.create(owner, name, description, Set.of(), segments, member);
    }

    /** The owner's segments the map shows the member that meet one of {@code shapes}. */
    private Set<Long> inside(StaffMember member, OrganisationId owner, List<Polygon> shapes) {
        Set<Long> own = ownSegments(Set.of(owner)).keySet();
        List<PreparedGeometry> prepared = shapes.stream().map(PreparedGeometryFactory::prepare).toList();
        Set<Long> inside = new TreeSet<>();
        for (SituationMap.Shape segment : map.segments(member)) {
            if (own.contains(segment.id()) && prepared.stream().anyMatch(shape -> shape.getGeometry()
                    .getEnvelopeInternal().intersects(segment.geometry().getEnvelopeInternal())
                    && shape.intersects(segment.geometry()))) {
                inside.add(segment.id());
            }
        }
        return inside;
    }

    private static Polygon polygon(GridHotspots.Cell cell) {
        List<Coordinate> ring = new ArrayList<>();
        cell.outline().forEach(corner -> ring.add(new Coordinate(corner[0], corner[1])));
        ring.add(ring.getFirst());
        return GEOMETRIES.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private Map<Long, StreetSegment> ownSegments(Set<OrganisationId> owners) {
        return places.segments(owners).stream().collect(Collectors.toMap(StreetSegment::id, Function.identity()));
    }

    /** A line's length on the ground, from its positions in degrees (haversine between each two). */
    private static double metres(Geometry line) {
        var positions = line.getCoordinates();
        double metres = 0;
        for (int i = 1; i < positions.length; i++) {
            double lat1 = Math.toRadians(positions[i - 1].y);
            double lat2 = Math.toRadians(positions[i].y);
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(positions[i].x - positions[i - 1].x);
            double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
            metres += 2 * DrawnShape.EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
        }
        return metres;
    }
}
