package se.lofte.situation.web;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lofte.organisations.Organisation;

/**
 * Places and incidents for the map tests, inserted with SQL as an importer would leave them: in Åmål an
 * area around the town centre, a street segment and four incidents (a point, a segment incident with its
 * own position, one without a position, and an AREA incident at the municipality's centre, as the police
 * events API gives them), and in Mellerud an area and one point incident. Every incident has the source
 * given, so that a test can filter on it and {@link #remove()} takes away exactly what was added.
 */
record MapFixture(JdbcClient jdbc, String source, long amalArea, long mellerudArea, long segment, long point,
                  long segmentWithPosition, long segmentWithoutPosition, long areaOnly, long mellerudPoint) {

    static MapFixture insert(JdbcClient jdbc, String source, Organisation amal, Organisation mellerud) {
        long amalArea = area(jdbc, amal, "Åmåls centrum", 12.68, 59.04, 12.72, 59.06);
        long mellerudArea = area(jdbc, mellerud, "Mellerud centrum", 12.44, 58.69, 12.48, 58.71);
        long segment = key(jdbc.sql("""
                        insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)
                        values (:org, 'Kungsgatan', 'LINESTRING (12.69 59.05, 12.71 59.05)', 12.69, 59.05, 12.71, 59.05)""")
                .param("org", amal.id().value()));
        long point = incident(jdbc, source, amal, "p1", "Stöld", "2026-03-10T12:00:00+01:00", "POINT", 59.051, 12.701,
                amalArea, null, "Torget", null);
        long segmentWithPosition = incident(jdbc, source, amal, "s1", "Stöld", "2026-03-12T08:30:00+01:00", "SEGMENT",
                59.0501, 12.7001, amalArea, segment, null, null);
        long segmentWithoutPosition = incident(jdbc, source, amal, "s2", "Skadegörelse", "2026-03-11T22:15:00+01:00",
                "SEGMENT", null, null, amalArea, segment, null, null);
        long areaOnly = incident(jdbc, source, amal, "a1", "Brand", "2026-03-13T03:00:00+01:00", "AREA", 59.0, 12.6,
                null, null, null, "https://polisen.se/aktuellt/handelser/2026/mars/13/brand-amal/");
        long mellerudPoint = incident(jdbc, source, mellerud, "m1", "Rån i Mellerud", "2026-03-10T18:00:00+01:00", "POINT",
                58.70, 12.46, mellerudArea, null, "Stationen", null);
        return new MapFixture(jdbc, source, amalArea, mellerudArea, segment, point, segmentWithPosition,
                segmentWithoutPosition, areaOnly, mellerudPoint);
    }

    void remove() {
        jdbc.sql("delete from incident where source = ?").param(source).update();
        jdbc.sql("delete from street_segment where id = ?").param(segment).update();
        jdbc.sql("delete from area where id in (?, ?)").params(amalArea, mellerudArea).update();
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
