package se.lofte.publishing;

public record AccessibilityReportId(long value) {

    /**
     * The id as written in an address: Spring reads a path variable of this type with it, and one that is not
     * a number answers 404.
     */
    public static AccessibilityReportId of(String text) {
        return new AccessibilityReportId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
