package se.lofte.accounts;

/** Identifies a person's account. */
public record AccountId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
