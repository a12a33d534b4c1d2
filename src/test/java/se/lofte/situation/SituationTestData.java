package se.lofte.situation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Incidents, areas, segments and focus places written straight into the tables, as an import would leave
 * them. Each test uses its own source name, so counts never mix with other tests sharing the database.
 */
public final class SituationTestData {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;

    public SituationTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A source name no other test uses. */
    public static String uniqueSource() {
        return "test-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Swedish local time. */
    public static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SWEDEN).toOffsetDateTime();
    }

    public void incident(String source, String category, long organisationId, String municipalityCode,
                         OffsetDateTime startsAt, OffsetDateTime endsAt, Long areaId, Long segmentId) {
        jdbc.sql("insert into incident (organisation_id, source, dedup_key, category, starts_at, ends_at,"
                        + " place_precision, municipality_code, area_id, segment_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, source, UUID.randomUUID().toString().replace("-", ""), category, startsAt,
                        endsAt, "AREA", municipalityCode, areaId, segmentId)
                .update();
    }

    /** {@code n} incidents at one time, known to the minute. */
    public void incidents(int n, String source, String category, long organisationId, String municipalityCode,
                          OffsetDateTime startsAt) {
        for (int i = 0; i < n; i++) {
            incident(source, category, organisationId, municipalityCode, startsAt, null, null, null);
        }
    }

    public long area(long organisationId, String kind, String name, String municipalityCode, Integer population) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, population, geometry_wkt, min_lon,"
                        + " min_lat, max_lon, max_lat) values (?, ?, ?, ?, ?, ?, 11.9, 58.8, 12.0, 58.9)")
                .params(organisationId, kind, name, municipalityCode, population,
                        "POLYGON ((11.9 58.8, 12.0 58.8, 12.0 58.9, 11.9 58.9, 11.9 58.8))")
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public long segment(long organisationId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                        + " values (?, ?, 'LINESTRING (11.91 58.81, 11.92 58.82)', 11.91, 58.81, 11.92, 58.82)")
                .params(organisationId, name).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public long focusPlace(long organisationId, String name, Long areaId, Long segmentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into focus_place (organisation_id, name, created_at) values (?, ?, ?)")
                .params(organisationId, name, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into focus_place_part (focus_place_id, area_id, segment_id) values (?, ?, null)")
                .params(id, areaId).update();
        jdbc.sql("insert into focus_place_part (focus_place_id, area_id, segment_id) values (?, null, ?)")
                .params(id, segmentId).update();
        return id;
    }
}
