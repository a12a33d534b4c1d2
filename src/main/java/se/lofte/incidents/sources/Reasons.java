package se.lofte.incidents.sources;

import java.util.List;

/**
 * The message codes the parsers give in {@link RejectedRow} and {@link UnreadableFile}, each with a Swedish
 * and an English text in {@code i18n/situation-sources}. {@link #ALL} lists them so a test can hold the
 * bundles to it.
 */
final class Reasons {

    /** A required value is absent or blank. */
    static final String MISSING = "import.reason.missing";
    /** A value that must be text or a number is an object or a list. */
    static final String NOT_TEXT = "import.reason.notText";
    /** A value is longer than the database keeps; {0} the maximum length. */
    static final String TOO_LONG = "import.reason.tooLong";
    /** A JSON array item is not an object. */
    static final String NOT_AN_OBJECT = "import.reason.notAnObject";
    /** A GeoJSON feature is not {@code "type": "Feature"}. */
    static final String NOT_A_FEATURE = "import.reason.notAFeature";
    /** A GeoJSON feature's geometry is not a Point; {0} its type. */
    static final String NOT_A_POINT = "import.reason.notAPoint";
    /** A date or time cannot be read; {0} the value, {1} the expected form. */
    static final String BAD_DATE = "import.reason.badDate";
    /** An end time is before the start; {0} the end, {1} the start. */
    static final String END_BEFORE_START = "import.reason.endBeforeStart";
    /** A coordinate is not a number; {0} the value. */
    static final String BAD_COORDINATE = "import.reason.badCoordinate";
    /** A coordinate is outside its range; {0} the value, {1} the range. */
    static final String COORDINATE_OUT_OF_RANGE = "import.reason.coordinateOutOfRange";
    /** A SWEREF 99 TM position lies outside Sweden; {0} north, {1} east. */
    static final String OUTSIDE_SWEDEN = "import.reason.outsideSweden";
    /** A WGS84 position of a Swedish source lies outside Sweden; {0} latitude, {1} longitude. */
    static final String OUTSIDE_SWEDEN_POSITION = "import.reason.outsideSwedenPosition";
    /** A WGS84 position of a British source lies outside the United Kingdom; {0} latitude, {1} longitude. */
    static final String OUTSIDE_UNITED_KINGDOM = "import.reason.outsideUnitedKingdom";
    /** Only one of the two coordinates is given. */
    static final String HALF_POSITION = "import.reason.halfPosition";
    /** A row has no position, place name nor municipality. */
    static final String NO_PLACE = "import.reason.noPlace";
    /** A CSV row has the wrong number of columns; {0} expected, {1} found. */
    static final String COLUMN_COUNT = "import.reason.columnCount";

    /** The file is not JSON or breaks off; {0} line, {1} column in the file. */
    static final String FILE_NOT_JSON = "import.reason.file.notJson";
    /** The JSON file is not an array of events. */
    static final String FILE_NOT_ARRAY = "import.reason.file.notArray";
    /** The JSON file is not a GeoJSON FeatureCollection. */
    static final String FILE_NOT_FEATURE_COLLECTION = "import.reason.file.notFeatureCollection";
    /** One item or CSV record is larger than a parser holds in memory; {0} its line, {1} the limit. */
    static final String FILE_ITEM_TOO_LARGE = "import.reason.file.itemTooLarge";
    /** The CSV file has no header row. */
    static final String FILE_NO_HEADER = "import.reason.file.noHeader";
    /** The CSV header lacks columns; {0} the missing column names. */
    static final String FILE_MISSING_COLUMNS = "import.reason.file.missingColumns";
    /** The CSV header names a column twice; {0} the name. */
    static final String FILE_DUPLICATE_COLUMN = "import.reason.file.duplicateColumn";
    /** The CSV breaks its own quoting from a line on, so no later row can be told apart; {0} the line. */
    static final String FILE_BAD_CSV = "import.reason.file.badCsv";
    /** Bytes that are not valid in the file's encoding; {0} their line, {1} the encoding. */
    static final String FILE_BAD_ENCODING = "import.reason.file.badEncoding";
    /** The file could not be read from its source at all; {0} the cause. */
    static final String FILE_IO = "import.reason.file.io";

    static final List<String> ALL = List.of(MISSING, NOT_TEXT, TOO_LONG, NOT_AN_OBJECT, NOT_A_FEATURE, NOT_A_POINT,
            BAD_DATE, END_BEFORE_START, BAD_COORDINATE, COORDINATE_OUT_OF_RANGE, OUTSIDE_SWEDEN, OUTSIDE_SWEDEN_POSITION,
            OUTSIDE_UNITED_KINGDOM, HALF_POSITION,
            NO_PLACE, COLUMN_COUNT, FILE_NOT_JSON, FILE_NOT_ARRAY, FILE_NOT_FEATURE_COLLECTION, FILE_ITEM_TOO_LARGE,
            FILE_NO_HEADER, FILE_MISSING_COLUMNS, FILE_DUPLICATE_COLUMN, FILE_BAD_CSV, FILE_BAD_ENCODING, FILE_IO);

    private Reasons() {
    }
}
