package se.lofte.progress;

public record UpdateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
