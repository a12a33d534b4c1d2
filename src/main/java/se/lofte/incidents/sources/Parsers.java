package se.lofte.incidents.sources;

import java.util.Objects;


/**
 * The parsers for each {@link ImportFormat}, the only way the rest of the module makes one. Parsers are
 * stateless apart from their settings: one may read many files, also side by side.
 */
public final class Parsers {

    private Parsers() {
    }

    /**
     * A parser for {@code format}. CSV needs a mapping without {@link CsvMapping#validate() problems};
     * the other formats ignore {@code csvMapping} (null is fine). GeoJSON reads the
     * {@link GeoJsonProperties#DEFAULTS default properties}; see {@link #geoJson} for others.
     *
     * @throws IllegalArgumentException for CSV without a mapping, or with one that has problems
     */
    public static IncidentParser forFormat(ImportFormat format, CsvMapping csvMapping) {
        return switch (Objects.requireNonNull(format)) {
            case POLISEN_EVENTS -> new PolisenEventsParser();
            case POLICE_UK -> new PoliceUkParser();
            case GEOJSON -> new GeoJsonPointsParser(GeoJsonProperties.DEFAULTS);
            case CSV -> {
                if (csvMapping == null) {
                    throw new IllegalArgumentException("CSV needs a column mapping");
                }
                yield new GenericCsvParser(csvMapping);
            }
        };
    }

    /** A GeoJSON parser reading the given properties. */
    public static IncidentParser geoJson(GeoJsonProperties properties) {
        return new GeoJsonPointsParser(Objects.requireNonNull(properties));
    }

    /**
     * Whether a police events API category is a summary of many incidents ("Sammanfattning natt",
     * "Sammanfattning kväll och natt"), which must not be counted as one incident.
     */
    public static boolean isPolisenSummary(String category) {
        return category != null && category.startsWith(PolisenEventsParser.SUMMARY_PREFIX);
    }
}
