package se.lofte.incidents;

import java.time.OffsetDateTime;

/**
 * One row of a file on its way into the database: a placed, normalised incident, or (with {@code reason}
 * set) a rejected row. Both go through the same staging table, so that PostgreSQL reads them in one
 * {@code COPY} stream.
 */
record StagedRow(long line, String dedupKey, String sourceId, String category, OffsetDateTime startsAt,
                 OffsetDateTime endsAt, String precision, Double latitude, Double longitude, String placeName,
                 String municipalityCode, Long areaId, Long segmentId, String description, String url,
                 String columnName, String reason, String reasonArgs, String rawText) {

    static StagedRow rejection(long line, String columnName, String reason, String reasonArgs, String rawText) {
        return new StagedRow(line, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                columnName, reason, reasonArgs, rawText);
    }

    /** The staging table's columns, in the order {@link #values()} gives them. */
    static final String COLUMNS = "line, dedup_key, source_id, category, starts_at, ends_at, place_precision,"
            + " latitude, longitude, place_name, municipality_code, area_id, segment_id, description, url,"
            + " column_name, reason, reason_args, raw_text";

    Object[] values() {
        return new Object[]{line, dedupKey, sourceId, category, startsAt, endsAt, precision, latitude, longitude,
                placeName, municipalityCode, areaId, segmentId, description, url, columnName, reason, reasonArgs,
                rawText};
    }
}
