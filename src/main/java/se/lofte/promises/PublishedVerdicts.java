package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The joint follow-up a promise's revisions published, as the open data gives it. The follow-up's sealed form
 * belongs to the module that makes follow-ups, which depends on this one; it implements this so that the open
 * data here can carry the verdicts without depending on it.
 */
public interface PublishedVerdicts {

    /**
     * No follow-ups at all: what the open data carries where no module publishes follow-ups, as in a test of a
     * module started without the follow-up module.
     */
    PublishedVerdicts NONE = (revisions, upTo) -> Optional.empty();

    /** The newest follow-up published among these revisions of one promise up to revision {@code upTo}. */
    Optional<FollowUpFacts> latest(List<PublishedRevision> revisions, int upTo);

    /**
     * A published follow-up in the names it is stored under (which are never renamed): {@code kind} such as
     * {@code YEAR_END}, and per item its kind ({@code COMMITMENT} or {@code GOAL}), verdict and reason.
     */
    record FollowUpFacts(String kind, int year, int revision, OffsetDateTime publishedAt, List<Item> items) {
        public FollowUpFacts {
            items = List.copyOf(items);
        }

        /** The verdict on one commitment or goal; {@code reason} is null for one fulfilled. */
        public record Item(String kind, String key, String verdict, String reason, String explanation) {
        }

        public Optional<Item> item(String kind, String key) {
            return items.stream().filter(i -> i.kind().equals(kind) && i.key().equals(key)).findFirst();
        }

        public long count(String kind) {
            return items.stream().filter(i -> i.kind().equals(kind)).count();
        }

        public long fulfilled(String kind) {
            return items.stream().filter(i -> i.kind().equals(kind) && i.verdict().equals("FULFILLED")).count();
        }
    }
}
