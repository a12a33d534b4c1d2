package se.lofte.accounts;

/** An API token's number, shown in lists and used as its name when it signs in ({@code token:42}). */
public record ApiTokenId(long value) {

    /**
     * The id as written in an address: Spring reads a path variable of this type with it, and one that is not
     * a number answers 404.
     */
    public static ApiTokenId of(String text) {
        return new ApiTokenId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
