package se.lofte.situation.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;

/**
 * Places and incidents for the map tests, inserted with SQL as an importer would leave them: in Åmål an
 * area around the town centre, a street segment (Kungsgatan) and four incidents (a point, a segment incident with
 * its own position, one without a position, and an AREA incident at the municipality's centre, as the police
 * events API gives them), and in Mellerud an area and one point incident. Every incident has the source
 * given, so that a test can filter on it and the fixture takes away exactly what was added.
 *
 * <p>Registered in a test ({@link #inAmalAndMellerud}), it writes them before each test with the staff members of
 * Åmål it names, and removes them after it with the streets the test added ({@link #street}) and the focus places
 * it made:
 * <pre>{@code @RegisterExtension
 * final MapFixture fixture = MapFixture.inAmalAndMellerud(SOURCE).member(NAME, Role.ANALYST);}</pre>
 * Its static methods write single places and incidents for the other fixtures of the situation pages.
 */
final class MapFixture extends AmalFixture<MapFixture> {

    private final String source;
    private final List<Long> streets = new ArrayList<>();
    private JdbcClient jdbc;
    private Organisation mellerud;
    private long amalArea;
    private long mellerudArea;
    private long segment;
    private long point;
    private long segmentWithPosition;
    private long segmentWithoutPosition;
    private long areaOnly;
    private long mellerudPoint;

    private MapFixture(String source) {
        this.source = source;
    }

    /** The places and incidents of {@code source} in Åmål and Mellerud, written before each test, removed after it. */
    static MapFixture inAmalAndMellerud(String source) {
        return new MapFixture(source);
    }

    @Override
    void insert(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        Organisation amal = amal();
        mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        streets.clear();
        amalArea = area(jdbc, amal, "Åmåls centrum", 12.68, 59.04, 12.72, 59.06);
        mellerudArea = area(jdbc, mellerud, "Mellerud centrum", 12.44, 58.69, 12.48, 58.71);
        segment = street(amal, "Kungsgatan", 12.69, 59.05, 12.71, 59.05);
        point = incident(jdbc, source, amal, "p1", "Stöld", "2026-03-10T12:00:00+01:00", "POINT", 59.051, 12.701,
                amalArea, null, "Torget", null);
        segmentWithPosition = incident(jdbc, source, amal, "s1", "Stöld", "2026-03-12T08:30:00+01:00", "SEGMENT",
                59.0501, 12.7001, amalArea, segment, null, null);
        segmentWithoutPosition = incident(jdbc, source, amal, "s2", "Skadegörelse", "2026-03-11T22:15:00+01:00",
                "SEGMENT", null, null, amalArea, segment, null, null);
        areaOnly = incident(jdbc, source, amal, "a1", "Brand", "2026-03-13T03:00:00+01:00", "AREA", 59.0, 12.6,
                null, null, null, "https://polisen.se/aktuellt/handelser/2026/mars/13/brand-amal/");
        mellerudPoint = incident(jdbc, source, mellerud, "m1", "Rån i Mellerud", "2026-03-10T18:00:00+01:00", "POINT",
                58.70, 12.46, mellerudArea, null, "Stationen", null);
    }

    @Override
    void remove(JdbcClient jdbc) {
        jdbc.sql("delete from incident where source = ?").param(source).update();
        jdbc.sql("delete from street_segment where id in (:ids)").param("ids", streets).update();
        jdbc.sql("delete from area where id in (?, ?)").params(amalArea, mellerudArea).update();
    }

    /**
     * A street of the organisation from one point to another, added for this test and removed after it with the
     * fixture's own places; its id.
     */
    long street(Organisation organisation, String name, double lon1, double lat1, double lon2, double lat2) {
        long id = segment(jdbc, organisation, name, lon1, lat1, lon2, lat2);
        streets.add(id);
        return id;
    }

    Organisation mellerud() {
        return mellerud;
    }

    long amalArea() {
        return amalArea;
    }

    long mellerudArea() {
        return mellerudArea;
    }

    /** Kungsgatan, through the centre of Åmål. */
    long segment() {
        return segment;
    }

    long point() {
        return point;
    }

    long segmentWithPosition() {
        return segmentWithPosition;
    }

    long segmentWithoutPosition() {
        return segmentWithoutPosition;
    }

    long areaOnly() {
        return areaOnly;
    }

    long mellerudPoint() {
        return mellerudPoint;
    }

    /** A district of {@code organisation}, the rectangle given in degrees; its id. */
    static long area(JdbcClient jdbc, Organisation organisation, String name, double minLon, double minLat,
                             double maxLon, double maxLat) {
        String wkt = "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(minLon, minLat, maxLon, minLat, maxLon,
                maxLat, minLon, maxLat, minLon, minLat);
        return key(jdbc.sql("""
                        insert into area (organisation_id, kind, name, municipality_code, geometry_wkt,
                                          min_lon, min_lat, max_lon, max_lat)
                        values (:org, 'DISTRICT', :name, :code, :wkt, :minLon, :minLat, :maxLon, :maxLat)""")
                .param("org", organisation.id().value()).param("name", name).param("code", organisation.scbCode())
                .param("wkt", wkt).param("minLon", minLon).param("minLat", minLat).param("maxLon", maxLon)
                .param("maxLat", maxLat));
    }

    /** A street segment of {@code organisation}, a straight line from one point to another; its id. */
    static long segment(JdbcClient jdbc, Organisation organisation, String name, double lon1, double lat1,
                        double lon2, double lat2) {
        return key(jdbc.sql("""
                        insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)
                        values (:org, :name, :wkt, :minLon, :minLat, :maxLon, :maxLat)""")
                .param("org", organisation.id().value()).param("name", name)
                .param("wkt", "LINESTRING (%s %s, %s %s)".formatted(lon1, lat1, lon2, lat2))
                .param("minLon", Math.min(lon1, lon2)).param("minLat", Math.min(lat1, lat2))
                .param("maxLon", Math.max(lon1, lon2)).param("maxLat", Math.max(lat1, lat2)));
    }

    static long incident(JdbcClient jdbc, String source, Organisation organisation, String sourceId, String category,
                         String startsAt, String precision, Double latitude, Double longitude, Long area,
                         Long segment, String placeName, String url) {
        return key(jdbc.sql("""
                        insert into incident (organisation_id, source, source_id, dedup_key, category, starts_at,
                                              place_precision, latitude, longitude, place_name, municipality_code,
                                              area_id, segment_id, url)
                        values (:org, :source, :sourceId, :dedup, :category, :startsAt, :precision, :lat, :lon,
                                :place, :code, :area, :segment, :url)""")
                .param("org", organisation.id().value()).param("source", source).param("sourceId", sourceId)
                .param("dedup", source + "-" + sourceId).param("category", category)
                .param("startsAt", OffsetDateTime.parse(startsAt)).param("precision", precision)
                .param("lat", latitude, java.sql.Types.DOUBLE).param("lon", longitude, java.sql.Types.DOUBLE)
                .param("place", placeName, java.sql.Types.VARCHAR).param("code", organisation.scbCode())
                .param("area", area, java.sql.Types.BIGINT).param("segment", segment, java.sql.Types.BIGINT)
                .param("url", url, java.sql.Types.VARCHAR));
    }

    /** Runs an insert and gives the id it generated. */
    static long key(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
