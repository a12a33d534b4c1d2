package se.lofte.publishing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One piece of news about a published promise, as the feeds carry it. {@code key} names it for good
 * ("promise/12/revision/2") and becomes the tail of its Atom id, so the same news has the same id in the
 * promise's, the municipality's and the national feed. {@code path} is the public page it is about;
 * {@code authors} are organisations, never people. Title and text are plain Swedish text.
 */
public record NewsEntry(String key, String title, String text, String path, List<String> authors,
                        OffsetDateTime updated) {

    public NewsEntry {
        authors = List.copyOf(authors);
    }
}
