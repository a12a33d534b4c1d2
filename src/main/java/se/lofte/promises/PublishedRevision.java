package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One publication of a promise, exactly as it was published: never changed afterwards.
 * {@code publisherName} is shown as "Sidan publicerad av"; {@code hashes} chain it to the revision before.
 * {@code followUpJson} is the joint follow-up this revision published, as its JSON text, with the content of
 * the revision before unchanged; null for a publication of the promise's text. The promises module keeps it
 * as text only: the follow-up module writes and reads it.
 */
public record PublishedRevision(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                                PromiseContent content, List<Signature> signatures, RevisionHashes hashes,
                                String followUpJson) {

    public PublishedRevision {
        signatures = List.copyOf(signatures);
    }

    /** A publication of the promise's text. */
    public PublishedRevision(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                             PromiseContent content, List<Signature> signatures, RevisionHashes hashes) {
        this(promiseId, number, publishedAt, publisherName, content, signatures, hashes, null);
    }

    /**
     * The content as the promises module stores it: its hash ({@code hashes().content()}) is the SHA-256 of this
     * text in canonical JSON, so anyone holding it can check the revision without Löfte.
     */
    public String contentJson() {
        return PromiseJson.write(content);
    }

    /** The signatures as stored, which the record hash covers as JSON. */
    public String signaturesJson() {
        return PromiseJson.write(signatures);
    }

    /** Whether this revision published a follow-up rather than a change of the text. */
    public boolean followUp() {
        return followUpJson != null;
    }
}
