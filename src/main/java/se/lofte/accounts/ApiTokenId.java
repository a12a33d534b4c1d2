package se.lofte.accounts;

/** An API token's number, shown in lists and used as its name when it signs in ({@code token:42}). */
public record ApiTokenId(long value) {
    /** As written in addresses: {@code /manage/promises/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
