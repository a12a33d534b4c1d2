package se.lofte.surveys;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;

/**
 * A made-up municipality of the survey tests, Enkätby, with three districts residents choose from: its own, so that
 * no other test's import of places changes the districts a survey offers. Centrum (59.00–59.01° N), Norr (59.01–59.02)
 * and Söder (59.02–59.03) lie at 12.0–12.1° E, in the outline of the municipality (11.95–12.15° E, the same latitudes),
 * which is what a pin is checked against; the strips east and west of the districts are in none. Made once per
 * database.
 */
public record SurveyTown(OrganisationId municipality, long north, long centre, long south) {

    public static SurveyTown in(Organisations organisations, JdbcClient jdbc) {
        var id = organisations.municipalityBySlug("enkatby").map(o -> o.id())
                .orElseGet(() -> organisations.addFictionalMunicipality("Enkätby", "9971", "Provlän"));
        List<Long> areas = jdbc.sql("select id from area where organisation_id = ? and kind = 'DISTRICT' order by name")
                .param(id.value()).query(Long.class).list();
        if (areas.isEmpty()) {
            long centre = district(jdbc, id, "Centrum", 0);
            long north = district(jdbc, id, "Norr", 1);
            long south = district(jdbc, id, "Söder", 2);
            jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, geometry_wkt, min_lon, min_lat,"
                            + " max_lon, max_lat) values (?, 'MUNICIPALITY', 'Enkätby kommun', '9971',"
                            + " 'POLYGON ((11.95 59.0, 12.15 59.0, 12.15 59.03, 11.95 59.03, 11.95 59.0))',"
                            + " 11.95, 59.0, 12.15, 59.03)")
                    .param(id.value()).update();
            return new SurveyTown(id, north, centre, south);
        }
        // By name: Centrum, Norr, Söder.
        return new SurveyTown(id, areas.get(1), areas.get(0), areas.get(2));
    }

    private static long district(JdbcClient jdbc, OrganisationId municipality, String name, int row) {
        double minLat = 59.0 + row * 0.01;
        double maxLat = minLat + 0.01;
        String wkt = "POLYGON ((12.0 %s, 12.1 %s, 12.1 %s, 12.0 %s, 12.0 %s))".formatted(minLat, minLat, maxLat, maxLat,
                minLat);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, geometry_wkt, min_lon, min_lat,"
                        + " max_lon, max_lat) values (?, 'DISTRICT', ?, '9971', ?, 12.0, ?, 12.1, ?)")
                .params(municipality.value(), name, wkt, minLat, maxLat).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
