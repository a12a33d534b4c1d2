package se.lofte.progress;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** An update as its promise's staff see it, in any state; {@code publishedAt} is null until published. */
public record StaffUpdate(UpdateId id, PromiseId promise, UpdateState state, UpdateKind kind, String title,
                          String text, List<String> commitmentKeys, OrganisationId party, String author,
                          String createdBy, OffsetDateTime updatedAt, OffsetDateTime publishedAt) {

    public StaffUpdate {
        commitmentKeys = List.copyOf(commitmentKeys);
    }

    ProgressUpdate published() {
        return new ProgressUpdate(id, promise, kind, title, text, commitmentKeys, author, publishedAt);
    }
}
