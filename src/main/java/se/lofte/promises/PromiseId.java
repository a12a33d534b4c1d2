package se.lofte.promises;

public record PromiseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
