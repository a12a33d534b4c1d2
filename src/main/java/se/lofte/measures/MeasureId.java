package se.lofte.measures;

public record MeasureId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
