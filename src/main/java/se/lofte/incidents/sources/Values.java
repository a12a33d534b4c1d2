package se.lofte.incidents.sources;

import java.util.regex.Pattern;

/**
 * Small checks shared by the parsers: text cleaned and held to the incident table's column sizes, and
 * coordinates read strictly.
 */
final class Values {

    /** Sizes of the incident table's text columns (V13). */
    static final int SOURCE_ID_MAX = 200;
    static final int CATEGORY_MAX = 200;
    static final int PLACE_NAME_MAX = 300;
    static final int DESCRIPTION_MAX = 4000;
    static final int URL_MAX = 1000;

    /**
     * A plain decimal number. {@link Double#parseDouble} alone would also take "NaN", "Infinity", hex floats
     * and a trailing "d", none of which a coordinate column means.
     */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,20})?");

    private Values() {
    }

    /** The value trimmed, or null where it is null or blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A value that must fit its column whole (an id, a category): too long refuses the row. */
    static String fitting(String value, int max, String column) throws Refusal {
        if (value != null && value.length() > max) {
            throw new Refusal(column, Reasons.TOO_LONG, String.valueOf(max));
        }
        return value;
    }

    /**
     * Free text (a description, a place name) cut to its column with an ellipsis: a police import must not
     * fail because one summary is long.
     */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    /** A required value: absent or blank refuses the row. */
    static String required(String value, String column) throws Refusal {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw new Refusal(column, Reasons.MISSING);
        }
        return cleaned;
    }

    /**
     * A time is believed only between 1900 and 2100: a year such as 20255 is a typing error, and the
     * database and the charts have no use for it.
     */
    static java.time.OffsetDateTime plausible(java.time.OffsetDateTime time, String raw, String form, String column)
            throws Refusal {
        if (time.getYear() < 1900 || time.getYear() > 2100) {
            throw new Refusal(column, Reasons.BAD_DATE, raw, form);
        }
        return time;
    }

    /** A decimal number; with {@code decimalComma} a comma is read as the decimal point. */
    static double decimal(String value, boolean decimalComma, String column) throws Refusal {
        String text = decimalComma ? value.replace(',', '.') : value;
        if (!DECIMAL.matcher(text).matches()) {
            throw new Refusal(column, Reasons.BAD_COORDINATE, value);
        }
        return Double.parseDouble(text);
    }

    static double latitude(double value, String raw, String column) throws Refusal {
        return inRange(value, -90, 90, raw, column);
    }

    static double longitude(double value, String raw, String column) throws Refusal {
        return inRange(value, -180, 180, raw, column);
    }

    private static double inRange(double value, double min, double max, String raw, String column)
            throws Refusal {
        if (!(value >= min && value <= max)) {
            throw new Refusal(column, Reasons.COORDINATE_OUT_OF_RANGE, raw,
                    (int) min + "…" + (int) max);
        }
        return value;
    }
}
