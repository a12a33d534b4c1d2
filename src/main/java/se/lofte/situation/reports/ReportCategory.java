package se.lofte.situation.reports;

/** One entry of the checklist; {@code organisationId} is null for the common EST set. */
public record ReportCategory(long id, Long organisationId, String name) {

    public boolean common() {
        return organisationId == null;
    }
}
