package se.lofte.organisations;

public record OrganisationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
