package se.lofte.accounts;

import java.time.LocalDate;

import se.lofte.organisations.OrganisationId;

/**
 * Which part of the audit trail to show; null means no limit. {@code from} and {@code to} are whole days
 * in Swedish time, both included. {@code actor} is a username, matched exactly as
 * sign-in matches it.
 */
public record AuditFilter(LocalDate from, LocalDate to, String subjectType, String actor,
                          OrganisationId organisation) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
