package se.lofte.promises;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.lofte.organisations.OrganisationId;

/**
 * What the audit trail keeps of a promise before and after each change: everything a step can touch, the
 * working copy included, so that the trail's before → after view shows exactly what the step did.
 */
record AuditedPromise(PromiseState state, boolean extended, boolean unpublishedChanges, int revisions,
                      List<Signature> signatures, PromiseContent content) {

    AuditedPromise {
        signatures = List.copyOf(signatures);
    }

    static AuditedPromise of(Promise promise) {
        return new AuditedPromise(promise.state(), promise.extended(), promise.unpublishedChanges(),
                promise.revisions(), promise.signatures(), promise.content());
    }

    Set<OrganisationId> parties() {
        return new HashSet<>(content.partyIds());
    }

    String json() {
        return PromiseJson.write(this);
    }
}
