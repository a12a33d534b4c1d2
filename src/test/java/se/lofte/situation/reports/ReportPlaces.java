package se.lofte.situation.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.places.PlaceIndex;
import se.lofte.testing.SpringFixture;

/**
 * Areas and streets of municipalities for tests of reports, which are placed by the places their municipality has:
 * made before each test with {@link ReportFixtures} (once per database) and then taken into the place index that
 * places reports, which another test may have loaded before they were there:
 * <pre>{@code @RegisterExtension
 * final ReportPlaces places = new ReportPlaces().area("bengtsfors", "Centrum", 12.20, 59.00, 12.26, 59.06);}</pre>
 */
public final class ReportPlaces extends SpringFixture {

    /** How a place is made in the municipality named by its slug; its id. */
    private record Place(String municipality, Maker maker) {
    }

    private interface Maker {
        long make(JdbcClient jdbc, Organisation municipality);
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Long> ids = new HashMap<>();

    /** An area of the municipality with this slug covering the box. */
    public ReportPlaces area(String municipality, String name, double west, double south, double east, double north) {
        places.put(name, new Place(municipality, (jdbc, owner) -> ReportFixtures.area(jdbc, owner.id().value(),
                owner.scbCode(), name, west, south, east, north)));
        return this;
    }

    /**
     * The outline of the municipality with this slug, a box: what a map point is checked against, so that one outside
     * it is refused (without an outline every point is taken).
     */
    public ReportPlaces outline(String municipality, String name, double west, double south, double east,
                                double north) {
        places.put(name, new Place(municipality, (jdbc, owner) -> ReportFixtures.outline(jdbc, owner.id().value(),
                owner.scbCode(), name, west, south, east, north)));
        return this;
    }

    /** A street segment of the municipality with this slug from one point to another. */
    public ReportPlaces street(String municipality, String name, double lon1, double lat1, double lon2, double lat2) {
        places.put(name, new Place(municipality, (jdbc, owner) -> ReportFixtures.segment(jdbc, owner.id().value(),
                name, lon1, lat1, lon2, lat2)));
        return this;
    }

    @Override
    public void use(ApplicationContext spring) {
        JdbcClient jdbc = spring.getBean(JdbcClient.class);
        Organisations organisations = spring.getBean(Organisations.class);
        places.forEach((name, place) -> ids.put(name, place.maker().make(jdbc,
                organisations.municipalityBySlug(place.municipality()).orElseThrow())));
        spring.getBean(PlaceIndex.class).refresh();
    }

    /** The id of the area or street of this name. */
    public long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No place " + name + " in this fixture");
        }
        return id;
    }
}
