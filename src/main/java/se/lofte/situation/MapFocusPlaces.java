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

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaceSave;
import se.lofte.places.FocusPlaces;
import se.lofte.places.Places;
import se.lofte.places.StreetSegment;
import se.lofte.shared.Problem;

/**
 * A focus place made on the situation map: of street segments chosen one by one, of the segments a shape drawn
 * on the map touches, or both. The shape only chooses segments and is not kept: an area would take incidents
 * from its district by the smallest-area rule, while a segment holds the incidents snapped to it already.
 * Which segments may be chosen is the map's own: the segments of the organisations the member may change that
 * the map shows them. Who may create the focus place, and that its parts are the owner's, are the focus
 * places' own rules ({@link FocusPlaces#create}).
 */
@Component
public class MapFocusPlaces {

    /** The field a drawn shape's problems are on. */
    public static final String SHAPE = "polygon";

    /** One street of an organisation: its segments west to east, each with its length. */
    public record Street(OrganisationId owner, String name, List<Part> parts) {

        public Street {
            parts = List.copyOf(parts);
        }
    }

    /** A street segment to choose, {@code metres} long along the ground. */
    public record Part(long id, long metres) {
    }

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
    public FocusPlaceSave create(StaffMember member, OrganisationId owner, String name, String description,
                                 Set<Long> chosen, String shape) {
        List<Problem> problems = new ArrayList<>();
        Polygon polygon = DrawnShape.read(shape, SHAPE, problems);
        if (!problems.isEmpty()) {
            return new FocusPlaceSave(null, problems);
        }
        Set<Long> segments = new TreeSet<>(chosen);
        if (polygon != null) {
            Set<Long> inside = inside(member, owner, polygon);
            if (inside.isEmpty() && chosen.isEmpty()) {
                return new FocusPlaceSave(null, List.of(Problem.of(SHAPE, "map.focus.shape.noSegments")));
            }
            segments.addAll(inside);
        }
        return focusPlaces.create(owner, name, description, Set.of(), segments, member);
    }

    private Set<Long> inside(StaffMember member, OrganisationId owner, Polygon polygon) {
        Set<Long> own = ownSegments(Set.of(owner)).keySet();
        PreparedGeometry shape = PreparedGeometryFactory.prepare(polygon);
        Set<Long> inside = new TreeSet<>();
        for (SituationMap.Shape segment : map.segments(member)) {
            if (own.contains(segment.id())
                    && polygon.getEnvelopeInternal().intersects(segment.geometry().getEnvelopeInternal())
                    && shape.intersects(segment.geometry())) {
                inside.add(segment.id());
            }
        }
        return inside;
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
