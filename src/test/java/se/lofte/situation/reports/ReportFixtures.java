package se.lofte.situation.reports;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;

/**
 * Places for place-report tests: a box of an area in a municipality and a street segment inside it,
 * stored as an import would store them. Each is made once per database (found again by its name), so that
 * tests sharing a database do not pile up places with the same name.
 */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A district covering the box, marked with the municipality's SCB code; returns its id. */
    public static long area(JdbcClient jdbc, long organisationId, String scbCode, String name,
                            double west, double south, double east, double north) {
        return area(jdbc, organisationId, "DISTRICT", scbCode, name, west, south, east, north);
    }

    /**
     * The municipality's outline, a box marked with its SCB code, as an import of its own outline under this name stores
     * it (and would replace it); returns its id.
     */
    public static long outline(JdbcClient jdbc, long organisationId, String scbCode, String name,
                               double west, double south, double east, double north) {
        return area(jdbc, organisationId, "MUNICIPALITY", scbCode, name, west, south, east, north);
    }

    private static long area(JdbcClient jdbc, long organisationId, String kind, String scbCode, String name,
                             double west, double south, double east, double north) {
        var existing = jdbc.sql("select id from area where name = ? and municipality_code = ?").params(name, scbCode)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String wkt = "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(west, south, east, south, east, north,
                west, north, west, south);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, geometry_wkt, min_lon, min_lat,"
                        + " max_lon, max_lat) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, kind, name, scbCode, wkt, west, south, east, north).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A street segment from one point to another; returns its id. */
    public static long segment(JdbcClient jdbc, long organisationId, String name, double lon1, double lat1,
                               double lon2, double lat2) {
        var existing = jdbc.sql("select id from street_segment where name = ? and organisation_id = ?")
                .params(name, organisationId).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String wkt = "LINESTRING (%s %s, %s %s)".formatted(lon1, lat1, lon2, lat2);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, name, wkt, Math.min(lon1, lon2), Math.min(lat1, lat2), Math.max(lon1, lon2),
                        Math.max(lat1, lat2))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * A focus place of the municipality, made as staff make one: an area covering the box and a street across its
     * middle, both named after the place; the place must be accepted.
     */
    public static FocusPlaceId focusPlace(FocusPlaces focusPlaces, JdbcClient jdbc, Organisation municipality,
                                          String name, double west, double south, double east, double north,
                                          StaffMember by) {
        long organisation = municipality.id().value();
        long area = area(jdbc, organisation, municipality.scbCode(), name, west, south, east, north);
        double middle = (south + north) / 2;
        long street = segment(jdbc, organisation, "Storgatan " + name, west - 0.005, middle, east + 0.005,
                middle + 0.001);
        var saved = focusPlaces.create(municipality.id(), name, null, Set.of(area), Set.of(street), by);
        if (!saved.problems().isEmpty()) {
            throw new IllegalStateException("Test focus place refused: " + saved.problems());
        }
        return saved.id();
    }
}
