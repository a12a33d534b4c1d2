package se.lofte.situation.web;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;

/**
 * Incidents in Åmål with one known hotspot, inserted with SQL as an importer leaves them: {@link #CLUSTERED}
 * thefts at one position in the town centre; 30 thefts on a 6 × 5 lattice about 550 m apart around it, none
 * within 400 m of the cluster; six robberies among the lattice's (too few for an analysis on their own); and five
 * police events known only by the municipality, at its centre. Four street segments: {@link #STREET} through
 * the cluster, and three about 1.4 km south of everything, which no incident is near. {@link #latticeStreets}
 * adds a short street through each lattice theft, for an analysis on street segments.
 *
 * <p>Registered in a test ({@link #inAmal}), it writes them before each test with the staff members it names, and
 * removes them after it with the focus places the test made:
 * <pre>{@code @RegisterExtension
 * final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE).member(NAME, Role.ANALYST);}</pre>
 */
final class HotspotFixture extends AmalFixture<HotspotFixture> {

    static final int CLUSTERED = 40;
    static final double CLUSTER_LAT = 59.0512;
    static final double CLUSTER_LON = 12.7013;

    static final String STREET = "Hotspotgatan";
    private static final String SEGMENT_PREFIX = "Hotspot";

    private final String source;
    private boolean withLatticeStreets;

    private HotspotFixture(String source) {
        this.source = source;
    }

    /** The incidents of {@code source} in Åmål, written before each test and removed after it. */
    static HotspotFixture inAmal(String source) {
        return new HotspotFixture(source);
    }

    /** With {@link #latticeStreets} as well. */
    HotspotFixture withLatticeStreets() {
        withLatticeStreets = true;
        return this;
    }

    @Override
    void insert(JdbcClient jdbc, Organisations organisations) {
        Organisation municipality = amal();
        for (int i = 0; i < CLUSTERED; i++) {
            MapFixture.incident(jdbc, source, municipality, "c" + i, "Stöld", "2026-03-10T12:00:00+01:00", "POINT",
                    CLUSTER_LAT, CLUSTER_LON, null, null, null, null);
        }
        int n = 0;
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < 5; column++) {
                String category = n % 5 == 0 ? "Rån" : "Stöld";
                MapFixture.incident(jdbc, source, municipality, "s" + n++, category, "2026-03-11T12:00:00+01:00",
                        "POINT", 59.0325 + 0.005 * row, 12.675 + 0.01 * column, null, null, null, null);
            }
        }
        MapFixture.segment(jdbc, municipality, STREET, 12.695, CLUSTER_LAT, 12.708, CLUSTER_LAT);
        for (int i = 0; i < 3; i++) {
            MapFixture.segment(jdbc, municipality, SEGMENT_PREFIX + "vägen " + i, 12.67 + 0.01 * i, 59.02,
                    12.675 + 0.01 * i, 59.02);
        }
        for (int i = 0; i < 5; i++) {
            MapFixture.incident(jdbc, source, municipality, "a" + i, "Stöld", "2026-03-12T12:00:00+01:00", "AREA",
                    59.0, 12.6, null, null, null, null);
        }
        if (withLatticeStreets) {
            latticeStreets(jdbc, municipality);
        }
    }

    @Override
    void remove(JdbcClient jdbc) {
        jdbc.sql("delete from incident where source = ?").param(source).update();
        jdbc.sql("delete from street_segment where organisation_id = ? and name like ?")
                .params(amal().id().value(), SEGMENT_PREFIX + "%").update();
    }

    /**
     * A street of about 90 m (east to west) through each of the 30 lattice positions, named
     * {@code Hotspotgränd <row>-<column>}: on segments the cluster's street then has neighbours holding one
     * incident each, and the three far streets none.
     */
    static void latticeStreets(JdbcClient jdbc, Organisation municipality) {
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < 5; column++) {
                double lat = 59.0325 + 0.005 * row;
                double lon = 12.675 + 0.01 * column;
                MapFixture.segment(jdbc, municipality, SEGMENT_PREFIX + "gränd " + row + "-" + column,
                        lon - 0.0008, lat, lon + 0.0008, lat);
            }
        }
    }
}
