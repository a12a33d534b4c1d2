package se.lofte.publishing;

public record AccessibilityReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
