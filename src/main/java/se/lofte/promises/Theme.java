package se.lofte.promises;

import java.util.Arrays;
import java.util.Optional;

import se.lofte.shared.Slugs;

/**
 * What a commitment is about, as staff tag it, so that readers can find promises on a subject across the country
 * and see how commitments on it went. The names are stored in the promise text and published in the open data: a
 * value is never renamed, nor its Swedish name, from which the value in public addresses is made
 * ({@code /medborgarloften?tema=trafik}).
 * A commitment written before themes existed, or left untagged, has none: it counts as "not stated", never as a
 * guessed theme.
 */
public enum Theme {
    NARCOTICS, TRAFFIC, PUBLIC_VIOLENCE, YOUTH, HOUSING_AREAS, CRIME_PREVENTION, OTHER;

    /** The value in public addresses: the Swedish name in lowercase ASCII with hyphens. */
    public String slug() {
        return Slugs.of(swedish());
    }

    /**
     * The Swedish name, as the promise's own text is Swedish: what the list of changes between revisions shows.
     * Pages read the name from the message bundles ({@code theme.TRAFFIC}).
     */
    public String swedish() {
        return switch (this) {
            case NARCOTICS -> "Narkotika";
            case TRAFFIC -> "Trafik";
            case PUBLIC_VIOLENCE -> "Våld i offentlig miljö";
            case YOUTH -> "Unga";
            case HOUSING_AREAS -> "Bostadsområden";
            case CRIME_PREVENTION -> "Brottsförebyggande";
            case OTHER -> "Annat";
        };
    }

    /** The theme with this name ({@code TRAFFIC}) or slug ({@code trafik}), case aside; empty for anything else. */
    public static Optional<Theme> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String typed = value.strip();
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(typed) || t.slug().equalsIgnoreCase(typed))
                .findFirst();
    }
}
