package se.lofte.progress;

public record UpdateId(long value) {

    /**
     * The id as written in an address: Spring reads a path variable of this type with it, and one that is not
     * a number answers 404.
     */
    public static UpdateId of(String text) {
        return new UpdateId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
