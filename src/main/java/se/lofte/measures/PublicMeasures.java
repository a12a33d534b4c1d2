package se.lofte.measures;

import java.util.List;

/**
 * A promise's public measures, newest first, and how many more are logged but held back: the public page
 * says that some are delayed, never what or where.
 */
public record PublicMeasures(List<PublicMeasure> visible, int delayed) {

    public PublicMeasures {
        visible = List.copyOf(visible);
    }
}
