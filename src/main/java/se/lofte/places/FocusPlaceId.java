package se.lofte.places;

public record FocusPlaceId(long value) {
    /** As written in addresses: {@code /manage/situation/places/focus/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
