package se.lofte.accounts;

/** Identifies a person's account. */
public record AccountId(long value) {

    /**
     * The id as written in an address: Spring reads a path variable of this type with it, and one that is not
     * a number answers 404.
     */
    public static AccountId of(String text) {
        return new AccountId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
