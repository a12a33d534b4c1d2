package se.lofte.places;

import java.io.Serializable;
import java.util.List;

import se.lofte.shared.Problem;

/**
 * What an import of places did: areas added or replaced (same organisation, kind and name), street segments
 * added (an identical one already stored is skipped), and incidents whose area or segment changed because of
 * it. When there are problems nothing was saved. Serializable so that it can travel to the next page as a
 * flash attribute.
 */
public record PlaceImportResult(int areasAdded, int areasReplaced, int segmentsAdded, int segmentsUnchanged,
                                int incidentsReplaced, List<Problem> problems) implements Serializable {

    public PlaceImportResult {
        problems = List.copyOf(problems);
    }

    public static PlaceImportResult refused(List<Problem> problems) {
        return new PlaceImportResult(0, 0, 0, 0, 0, problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
