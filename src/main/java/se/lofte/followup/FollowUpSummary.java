package se.lofte.followup;

/**
 * A follow-up in the list of a promise's follow-ups: {@code publishedRevision} is the promise revision that
 * published it last, null while never published.
 */
public record FollowUpSummary(FollowUpId id, int year, FollowUpKind kind, boolean unpublishedChanges,
                              Integer publishedRevision) {
}
