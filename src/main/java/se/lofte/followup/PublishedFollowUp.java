package se.lofte.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import se.lofte.promises.PublishedRevision;

/**
 * A follow-up as published in revision {@code revision} of its promise, for the public page and the feeds: read
 * from the revision's sealed JSON, so it shows exactly what was signed and published, evidence included.
 */
public record PublishedFollowUp(int revision, OffsetDateTime publishedAt, FollowUpKind kind, int year,
                                List<Item> items) {

    public PublishedFollowUp {
        items = List.copyOf(items);
    }

    /** The verdict on one commitment or goal, with why (for anything not fulfilled) and the evidence beside it. */
    public record Item(ItemKind kind, String key, Verdict verdict, Reason reason, String explanation,
                       List<Line> evidence) {
        public Item {
            evidence = List.copyOf(evidence);
        }
    }

    /** A line of evidence in Swedish and English. */
    public record Line(String sv, String en) {
        public String in(boolean english) {
            return english ? en : sv;
        }
    }

    /** The follow-up a revision published; empty for a revision that published the promise's text. */
    public static Optional<PublishedFollowUp> of(PublishedRevision revision) {
        if (!revision.followUp()) {
            return Optional.empty();
        }
        FollowUpDocument d = FollowUpJson.document(revision.followUpJson());
        return Optional.of(new PublishedFollowUp(revision.number(), revision.publishedAt(), d.kind(), d.year(),
                d.items().stream().map(i -> new Item(i.kind(), i.key(), i.verdict(), i.reason(), i.explanation(),
                        i.evidence().stream().map(e -> new Line(e.sv(), e.en())).toList())).toList()));
    }

    /**
     * The newest follow-up published among these revisions of one promise, up to {@code upTo} (the revision a
     * reader is shown): the one beside the commitments and goals of that revision.
     */
    public static Optional<PublishedFollowUp> latest(List<PublishedRevision> revisions, int upTo) {
        return revisions.stream().filter(r -> r.followUp() && r.number() <= upTo)
                .reduce((first, second) -> second.number() > first.number() ? second : first)
                .flatMap(PublishedFollowUp::of);
    }

    /** The verdict on the item, if this follow-up gave one (a commitment added since has none). */
    public Optional<Item> item(ItemKind kind, String key) {
        return items.stream().filter(i -> i.kind() == kind && i.key().equals(key)).findFirst();
    }

    public long goals() {
        return items.stream().filter(i -> i.kind() == ItemKind.GOAL).count();
    }

    public long goalsReached() {
        return items.stream().filter(i -> i.kind() == ItemKind.GOAL && i.verdict() == Verdict.FULFILLED).count();
    }

    public long commitments() {
        return items.stream().filter(i -> i.kind() == ItemKind.COMMITMENT).count();
    }

    public long commitmentsKept() {
        return items.stream().filter(i -> i.kind() == ItemKind.COMMITMENT && i.verdict() == Verdict.FULFILLED).count();
    }
}
