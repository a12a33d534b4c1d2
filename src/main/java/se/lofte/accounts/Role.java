package se.lofte.accounts;

/** What a person may do for one organisation. */
public enum Role {
    /** Invites people to the organisation and sets their roles. */
    ORGANISATION_ADMIN,
    /** Writes the organisation's part of promises (redaktör). */
    EDITOR,
    /** Signs promises on the organisation's behalf (undertecknare). */
    SIGNATORY,
    /** Sees the organisation's data and drafts, and works with the situation picture. */
    ANALYST,
    /** May only submit place reports (rapportör). */
    REPORTER,
    /** Sees the organisation's drafts, changes nothing. */
    VIEWER
}
