package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;

/** A line in the staff list of promises. */
public record PromiseSummary(PromiseId id, PromiseState state, boolean unpublishedChanges, int revisions,
                             String title, String period, List<String> parties, List<OrganisationId> partyIds,
                             OffsetDateTime updatedAt) {
}
