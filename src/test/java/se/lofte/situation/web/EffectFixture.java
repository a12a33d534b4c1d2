package se.lofte.situation.web;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.SituationTestData;

/**
 * Incidents whose "did it work" counts are known, in Åmål: a focus place (one area about 115 by 111 m), the ground
 * around it and a control focus place, for a measure on 1–10 March 2026 (the ten days before are 19–28 February).
 * Registered in a test ({@link #inAmal}), it writes them before each test and removes them after it; every incident
 * has a source of its own, so that exactly what was added is taken away.
 *
 * <pre>
 *                      before  during
 * focus place (Stöld)      12       4   (plus one each on the day before "before" and after the measure)
 * 200 m around (Stöld)      3       5   (plus a fire during; 440 m away and an AREA incident never count)
 * control (Stöld)          10       9
 * </pre>
 */
final class EffectFixture extends AmalFixture<EffectFixture> {

    static final String FROM = "2026-03-01";
    static final String TO = "2026-03-10";

    private String source;
    private long targetArea;
    private long controlArea;
    private long target;
    private long control;

    private EffectFixture() {
    }

    /** The places and incidents in Åmål, of a source of their own, written before each test and removed after it. */
    static EffectFixture inAmal() {
        return new EffectFixture();
    }

    @Override
    void insert(JdbcClient jdbc, Organisations organisations) {
        Organisation amal = amal();
        source = SituationTestData.uniqueSource();
        targetArea = MapFixture.area(jdbc, amal, "Effekt torget", 12.700, 59.050, 12.702, 59.051);
        controlArea = MapFixture.area(jdbc, amal, "Effekt kontroll", 12.650, 59.030, 12.660, 59.035);
        target = focusPlace(jdbc, amal, "Effekt fokus", targetArea);
        control = focusPlace(jdbc, amal, "Effekt jämförelse", controlArea);
        var seed = new Seed(jdbc, source, amal);
        seed.incidents(12, "Stöld", "2026-02-20T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        seed.incidents(4, "Stöld", "2026-03-05T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        seed.incidents(1, "Stöld", "2026-02-18T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        seed.incidents(1, "Stöld", "2026-03-11T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        // About 55 m north of the focus place's edge.
        seed.incidents(3, "Stöld", "2026-02-25T12:00:00+01:00", "POINT", 59.0515, 12.701, null);
        seed.incidents(5, "Stöld", "2026-03-08T12:00:00+01:00", "SEGMENT", 59.0515, 12.701, null);
        seed.incidents(1, "Brand", "2026-03-08T12:00:00+01:00", "POINT", 59.0515, 12.701, null);
        seed.incidents(2, "Stöld", "2026-03-08T12:00:00+01:00", "POINT", 59.055, 12.701, null);
        seed.incidents(1, "Stöld", "2026-03-08T12:00:00+01:00", "AREA", 59.0515, 12.701, null);
        seed.incidents(10, "Stöld", "2026-02-22T12:00:00+01:00", "POINT", 59.032, 12.655, controlArea);
        seed.incidents(9, "Stöld", "2026-03-02T12:00:00+01:00", "POINT", 59.032, 12.655, controlArea);
    }

    @Override
    void remove(JdbcClient jdbc) {
        jdbc.sql("delete from incident where source = ?").param(source).update();
        jdbc.sql("delete from focus_place_part where focus_place_id in (?, ?)").params(target, control).update();
        jdbc.sql("delete from focus_place where id in (?, ?)").params(target, control).update();
        jdbc.sql("delete from area where id in (?, ?)").params(targetArea, controlArea).update();
    }

    /** The focus place where the measure was. */
    long target() {
        return target;
    }

    /** The control focus place. */
    long control() {
        return control;
    }

    /** The control focus place's one area. */
    long controlArea() {
        return controlArea;
    }

    private static final class Seed {
        private final JdbcClient jdbc;
        private final String source;
        private final Organisation organisation;
        private int serial;

        Seed(JdbcClient jdbc, String source, Organisation organisation) {
            this.jdbc = jdbc;
            this.source = source;
            this.organisation = organisation;
        }

        void incidents(int n, String category, String startsAt, String precision, double latitude, double longitude,
                       Long area) {
            for (int i = 0; i < n; i++) {
                MapFixture.incident(jdbc, source, organisation, "e" + serial++, category, startsAt, precision,
                        latitude, longitude, area, null, null, null);
            }
        }
    }

    private static long focusPlace(JdbcClient jdbc, Organisation organisation, String name, long area) {
        long id = MapFixture.key(jdbc.sql(
                        "insert into focus_place (organisation_id, name, created_at) values (?, ?, ?)")
                .params(organisation.id().value(), name, OffsetDateTime.parse("2026-01-01T00:00:00Z")));
        jdbc.sql("insert into focus_place_part (focus_place_id, area_id) values (?, ?)").params(id, area).update();
        return id;
    }
}
