package se.lofte.accounts;

/** Identifies a person's account. */
public record AccountId(long value) {
    /** As written in addresses: {@code /manage/promises/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
