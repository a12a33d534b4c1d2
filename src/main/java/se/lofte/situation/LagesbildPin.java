package se.lofte.situation;

import java.util.Optional;

/**
 * A chart, table or other view pinned into a lägesbild: its kind as stored, a title, and the query that
 * renders it from current data ({@code queryJson}; for charts and tables a {@link TrendFilter}).
 */
public record LagesbildPin(long id, int sortOrder, String kind, String title, String queryJson) {

    public Optional<PinKind> knownKind() {
        return PinKind.of(kind);
    }
}
