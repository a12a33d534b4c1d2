package se.lofte.incidents.sources;

import java.util.Arrays;
import java.util.Optional;

/** The file formats incidents are imported from; {@code word} is how the command line and URLs name them. */
public enum ImportFormat {
    /** The Swedish police's public events API (polisen.se {@code /api/events}), JSON. */
    POLISEN_EVENTS("polisen-events"),
    /** data.police.uk street-level crime, CSV. */
    POLICE_UK("police-uk"),
    /** Any CSV, read through a column mapping the user chooses and saves. */
    CSV("csv"),
    /** A GeoJSON FeatureCollection of points. */
    GEOJSON("geojson");

    private final String word;

    ImportFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ImportFormat> byWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }
}
