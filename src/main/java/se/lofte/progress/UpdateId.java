package se.lofte.progress;

public record UpdateId(long value) {
    /** As written in addresses: {@code /manage/promises/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
