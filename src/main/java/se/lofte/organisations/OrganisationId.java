package se.lofte.organisations;

public record OrganisationId(long value) {
    /** As written in addresses: {@code /manage/promises/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
