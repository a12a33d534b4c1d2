package se.lofte.followup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PartySignatures;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.Signature;

/**
 * The follow-up aggregate: the parties' verdicts on a promise's commitments and goals, and their signatures on
 * them. Each verb guards its own rule, as the promise does: any change voids the signatures (a party signs
 * verdicts, not a follow-up), signing needs a verdict on every row with the why of anything not fulfilled, and
 * publishing needs every party's signature on verdicts not yet published.
 */
final class FollowUp {

    private final FollowUpId id;
    private final PromiseId promise;
    private final int year;
    private final FollowUpKind kind;
    private final List<PromiseContent.Party> parties;
    private List<Assessment> assessments;
    private boolean unpublishedChanges;
    private Integer publishedRevision;
    private final int version;
    private final PartySignatures signatures;

    FollowUp(FollowUpId id, PromiseId promise, int year, FollowUpKind kind, List<PromiseContent.Party> parties,
             List<Assessment> assessments, boolean unpublishedChanges, Integer publishedRevision, int version,
             List<Signature> signatures) {
        this.id = id;
        this.promise = promise;
        this.year = year;
        this.kind = kind;
        this.parties = List.copyOf(parties);
        this.assessments = List.copyOf(assessments);
        this.unpublishedChanges = unpublishedChanges;
        this.publishedRevision = publishedRevision;
        this.version = version;
        this.signatures = new PartySignatures(signatures);
    }

    /** A new follow-up of the promise's current commitments and goals, with no verdict yet. */
    static FollowUp open(PromiseId promise, int year, FollowUpKind kind, PromiseContent content) {
        return new FollowUp(null, promise, year, kind, content.parties(), rows(content, List.of()), true, null, 0,
                List.of());
    }

    /**
     * The rows of the content's commitments and goals in its order, each with its verdict from {@code kept} when it
     * has one: a promise revised after the follow-up was opened gets rows for what it added and loses those of what
     * it removed.
     */
    static List<Assessment> rows(PromiseContent content, List<Assessment> kept) {
        List<Assessment> rows = new ArrayList<>();
        content.commitments().forEach(c -> rows.add(kept(kept, ItemKind.COMMITMENT, c.key())));
        content.goals().forEach(g -> rows.add(kept(kept, ItemKind.GOAL, g.key())));
        return rows;
    }

    private static Assessment kept(List<Assessment> kept, ItemKind kind, String key) {
        return kept.stream().filter(a -> a.kind() == kind && a.key().equals(key)).findFirst()
                .orElse(new Assessment(kind, key, null, null, ""));
    }

    /**
     * Replaces the verdicts; the caller has checked them ({@link FollowUpRules#check}). Returns true when
     * signatures were voided by it.
     */
    boolean assess(List<Assessment> changed) {
        List<Assessment> settled = changed.stream().map(Assessment::settled).toList();
        if (settled.equals(assessments)) {
            return false;
        }
        assessments = settled;
        unpublishedChanges = true;
        return signatures.voidAll();
    }

    void sign(OrganisationId party, String by, OffsetDateTime at) {
        if (!PartySignatures.isParty(parties, party)) {
            throw new FollowUpRefusal("followup.refusal.notAParty");
        }
        if (!unpublishedChanges) {
            throw new FollowUpRefusal("followup.refusal.nothingToSign");
        }
        int unfinished = FollowUpRules.unfinished(assessments);
        if (unfinished > 0) {
            throw new FollowUpRefusal("followup.refusal.unfinished", Integer.toString(unfinished));
        }
        signatures.sign(party, by, at);
    }

    /**
     * Refuses a change of the evidence the analysts chose ("did it work" comparisons) once anyone has signed or the
     * follow-up was published: the parties signed verdicts with that evidence beside them, and residents read it.
     */
    void requireEvidenceOpen() {
        if (evidenceFrozen(signatures.any(), publishedRevision)) {
            throw new FollowUpRefusal("followup.refusal.effectsFrozen");
        }
    }

    static boolean evidenceFrozen(boolean signed, Integer publishedRevision) {
        return signed || publishedRevision != null;
    }

    /** Makes the current verdicts the published ones; the caller then records the revision that holds them. */
    void publish() {
        if (!unpublishedChanges) {
            throw new FollowUpRefusal("followup.refusal.nothingToPublish");
        }
        var missing = signatures.missing(parties);
        if (!missing.isEmpty()) {
            throw new FollowUpRefusal("followup.refusal.unsigned", String.join(", ", missing));
        }
        unpublishedChanges = false;
    }

    void publishedAs(int revision) {
        if (unpublishedChanges) {
            throw new IllegalStateException("Recorded as published before it was published");
        }
        publishedRevision = revision;
    }

    FollowUpId id() {
        return id;
    }

    PromiseId promise() {
        return promise;
    }

    int year() {
        return year;
    }

    FollowUpKind kind() {
        return kind;
    }

    List<PromiseContent.Party> parties() {
        return parties;
    }

    List<Assessment> assessments() {
        return assessments;
    }

    boolean unpublishedChanges() {
        return unpublishedChanges;
    }

    Integer publishedRevision() {
        return publishedRevision;
    }

    int version() {
        return version;
    }

    List<Signature> signatures() {
        return signatures.list();
    }

    boolean signedBy(OrganisationId party) {
        return signatures.signedBy(party);
    }
}
