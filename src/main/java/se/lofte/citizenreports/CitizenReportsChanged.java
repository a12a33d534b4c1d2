package se.lofte.citizenreports;

/**
 * Something residents see of a municipality's reports changed (published, hidden, merged, answered, supported):
 * published inside the changing transaction, so that the public page cache's version moves with the change.
 */
public record CitizenReportsChanged(String municipalityCode) {
}
