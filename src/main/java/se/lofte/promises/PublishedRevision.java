package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One publication of a promise, exactly as it was published: never changed afterwards.
 * {@code publisherName} is shown as "Sidan publicerad av".
 */
public record PublishedRevision(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                                PromiseContent content, List<Signature> signatures) {

    public PublishedRevision {
        signatures = List.copyOf(signatures);
    }
}
