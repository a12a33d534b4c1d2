package se.lofte.situation;

public record FocusPlaceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
