package se.lofte.situation;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.Organisation;

/**
 * The lägesbild of a municipality and year: the joint analysis ("Situationen idag"), whether the public
 * may read it, and its pins in order. {@code version} is what an editor's save must match (optimistic
 * locking); {@link #NEW} for a document nobody has saved yet.
 */
public record LagesbildDocument(Organisation municipality, int year, String analysis, boolean shownPublicly,
                                OffsetDateTime updatedAt, String updatedBy, int version, List<LagesbildPin> pins) {

    public static final int NEW = -1;

    public LagesbildDocument {
        pins = List.copyOf(pins);
        analysis = analysis == null ? "" : analysis;
    }

    public boolean saved() {
        return version != NEW;
    }
}
