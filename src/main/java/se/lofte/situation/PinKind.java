package se.lofte.situation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a pin in a lägesbild shows, each kind with its own renderer on the pages. A kind stored by a newer
 * version (such as a map view) that this one does not know is shown as a link, never dropped.
 */
public enum PinKind {
    /** A chart of counts over time, with its table. */
    CHART,
    /** The table of counts over time alone. */
    TABLE,
    /** A view of the situation map (its filter, centre and zoom), drawn live with its count tables. */
    MAP_VIEW,
    /**
     * One question's published results of a safety survey: shares with intervals, by district, with the change from
     * the year before. Drawn by the surveys module's {@link PinRenderer}.
     */
    SURVEY_RESULT;

    /** Whether another module draws pins of this kind ({@link PinRenderer}) and pins them with its own query. */
    public boolean renderedElsewhere() {
        return this == SURVEY_RESULT;
    }

    public static Optional<PinKind> of(String stored) {
        return Arrays.stream(values()).filter(k -> k.name().equals(stored)).findFirst();
    }
}
