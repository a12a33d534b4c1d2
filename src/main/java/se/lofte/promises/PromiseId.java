package se.lofte.promises;

public record PromiseId(long value) {
    /** As written in addresses: {@code /manage/promises/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
