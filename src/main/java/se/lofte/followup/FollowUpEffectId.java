package se.lofte.followup;

/** A "did it work" comparison stored as evidence on a follow-up's commitment. */
public record FollowUpEffectId(long value) {
    /** As written in addresses: {@code /manage/promises/42/followups/7/effects/3/remove}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
