package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One publication of a promise, exactly as it was published: never changed afterwards.
 * {@code publisherName} is shown as "Sidan publicerad av"; {@code hashes} chain it to the revision before.
 */
public record PublishedRevision(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                                PromiseContent content, List<Signature> signatures, RevisionHashes hashes) {

    public PublishedRevision {
        signatures = List.copyOf(signatures);
    }
}
