package se.lofte.followup;

public record FollowUpId(long value) {
    /** As written in addresses: {@code /manage/promises/42/followups/7}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
