package se.lofte.citizenreports;

/** A citizen report's public number (also its Open311 {@code service_request_id}). */
public record CitizenReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
