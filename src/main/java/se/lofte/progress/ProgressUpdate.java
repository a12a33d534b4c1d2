package se.lofte.progress;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.promises.PromiseId;

/**
 * A published update to a promise written by staff for residents. {@code author} is the organisation's name
 * (never a person's); {@code commitmentKeys} are the commitments it is about, possibly none.
 */
public record ProgressUpdate(UpdateId id, PromiseId promise, UpdateKind kind, String title, String text,
                             List<String> commitmentKeys, String author, OffsetDateTime publishedAt) {

    public ProgressUpdate {
        commitmentKeys = List.copyOf(commitmentKeys);
    }
}
