package se.lofte.incidents;

import se.lofte.organisations.OrganisationId;

/**
 * Incidents of this organisation were added or removed (an import stored rows; a place report was made,
 * corrected or withdrawn): whatever is counted from them is stale. Heard after the change is committed.
 */
public record IncidentsChanged(OrganisationId organisation) {
}
