package se.lofte.places;

public record FocusPlaceId(long value) {

    /**
     * The id as written in an address: Spring reads a path variable of this type with it, and one that is not
     * a number answers 404.
     */
    public static FocusPlaceId of(String text) {
        return new FocusPlaceId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
