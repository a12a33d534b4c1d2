package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * The promise aggregate: its working copy and the signatures on it. Each verb guards its own rule:
 * any edit voids the signatures (a party signs a text, not a promise), publishing needs every party's
 * signature, and a closed promise changes no more.
 */
final class Promise {

    private final PromiseId id;
    private PromiseState state;
    private PromiseContent content;
    private boolean extended;
    private boolean unpublishedChanges;
    private final int version;
    private int revisions;
    private final PartySignatures signatures;

    Promise(PromiseId id, PromiseState state, PromiseContent content, boolean extended, boolean unpublishedChanges,
            int version, int revisions, List<Signature> signatures) {
        this.id = id;
        this.state = state;
        this.content = content;
        this.extended = extended;
        this.unpublishedChanges = unpublishedChanges;
        this.version = version;
        this.revisions = revisions;
        this.signatures = new PartySignatures(signatures);
    }

    static Promise draft(PromiseContent content) {
        return new Promise(null, PromiseState.DRAFT, content, false, true, 0, 0, List.of());
    }

    /** Replaces the working copy. Returns true when signatures were voided by it. */
    boolean edit(PromiseContent changed) {
        refuseIfClosed();
        if (changed.equals(content)) {
            return false;
        }
        content = changed;
        unpublishedChanges = true;
        return signatures.voidAll();
    }

    void sign(OrganisationId party, String by, OffsetDateTime at) {
        refuseIfClosed();
        if (!PartySignatures.isParty(content.parties(), party)) {
            throw new PromiseRefusal("refusal.notAParty");
        }
        if (!unpublishedChanges) {
            throw new PromiseRefusal("refusal.nothingToSign");
        }
        var unfinished = PromiseRules.checkComplete(content);
        if (!unfinished.isEmpty()) {
            throw new PromiseRefusal("refusal.unfinished", Integer.toString(unfinished.size()));
        }
        signatures.sign(party, by, at);
    }

    /** Makes the current working copy the next published revision, numbered from 1. */
    int publish() {
        refuseIfClosed();
        if (!unpublishedChanges) {
            throw new PromiseRefusal("refusal.nothingToPublish");
        }
        var missing = signatures.missing(content.parties());
        if (!missing.isEmpty()) {
            throw new PromiseRefusal("refusal.unsigned", String.join(", ", missing));
        }
        state = PromiseState.PUBLISHED;
        unpublishedChanges = false;
        return ++revisions;
    }

    /**
     * Counts the next revision as one that publishes a joint follow-up, numbered after the latest. Only a promise
     * that has been published has anything to follow up. A closed promise may still be followed up: the year-end
     * follow-up often comes after the promise ends, and it changes nothing of the promise's text. The working copy,
     * its signatures and whether it has unpublished changes are not touched: an edit under way goes on.
     */
    int recordFollowUp() {
        if (revisions == 0) {
            throw new PromiseRefusal("refusal.followUpUnpublished");
        }
        return ++revisions;
    }

    void close() {
        if (state != PromiseState.PUBLISHED) {
            throw new PromiseRefusal(state == PromiseState.CLOSED ? "refusal.closed" : "refusal.closeUnpublished");
        }
        state = PromiseState.CLOSED;
    }

    /**
     * Extends a published promise by one year, once. The longer period is a change of text like any other:
     * it voids the signatures and must be signed and published again.
     */
    void extend() {
        refuseIfClosed();
        if (state != PromiseState.PUBLISHED) {
            throw new PromiseRefusal("refusal.extendUnpublished");
        }
        if (extended) {
            throw new PromiseRefusal("refusal.alreadyExtended");
        }
        extended = true;
        var c = content;
        edit(new PromiseContent(c.parties(), c.start(), c.end().plusYears(1), c.title(), c.lead(), c.situation(),
                c.commitments(), c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(),
                c.image()));
    }

    private void refuseIfClosed() {
        if (state == PromiseState.CLOSED) {
            throw new PromiseRefusal("refusal.closed");
        }
    }

    PromiseId id() {
        return id;
    }

    PromiseState state() {
        return state;
    }

    PromiseContent content() {
        return content;
    }

    boolean extended() {
        return extended;
    }

    boolean unpublishedChanges() {
        return unpublishedChanges;
    }

    int version() {
        return version;
    }

    int revisions() {
        return revisions;
    }

    List<Signature> signatures() {
        return signatures.list();
    }
}
