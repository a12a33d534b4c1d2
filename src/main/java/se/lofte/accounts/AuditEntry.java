package se.lofte.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;

/** A recorded {@link AuditEvent} with its number and the time it was recorded (UTC). */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, List<OrganisationId> organisations,
                         String subjectType, String subjectId, String action, String before, String after) {

    public AuditEntry {
        organisations = List.copyOf(organisations);
    }
}
