package se.lofte.promises;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a commitment is about, as staff tag it, so that readers can find promises on a subject across the country
 * and see how commitments on it went. The names are stored in the promise text and published in the open data: a
 * value is never renamed. {@code slug} is the value in public addresses ({@code /medborgarloften?tema=trafik}).
 * A commitment written before themes existed, or left untagged, has none: it counts as "not stated", never as a
 * guessed theme.
 */
public enum Theme {
    /** Narkotika. */
    NARCOTICS("narkotika", "Narkotika"),
    /** Trafik. */
    TRAFFIC("trafik", "Trafik"),
    /** Våld i offentlig miljö. */
    PUBLIC_VIOLENCE("vald-i-offentlig-miljo", "Våld i offentlig miljö"),
    /** Unga. */
    YOUTH("unga", "Unga"),
    /** Bostadsområden. */
    HOUSING_AREAS("bostadsomraden", "Bostadsområden"),
    /** Brottsförebyggande. */
    CRIME_PREVENTION("brottsforebyggande", "Brottsförebyggande"),
    /** Annat. */
    OTHER("annat", "Annat");

    private final String slug;
    private final String swedish;

    Theme(String slug, String swedish) {
        this.slug = slug;
        this.swedish = swedish;
    }

    public String slug() {
        return slug;
    }

    /**
     * The Swedish name, as the promise's own text is Swedish: what the list of changes between revisions shows.
     * Pages read the name from the message bundles ({@code theme.TRAFFIC}).
     */
    public String swedish() {
        return swedish;
    }

    /** The theme with this name ({@code TRAFFIC}) or slug ({@code trafik}), case aside; empty for anything else. */
    public static Optional<Theme> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String typed = value.strip();
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(typed) || t.slug.equalsIgnoreCase(typed))
                .findFirst();
    }
}
