package se.lofte.publishing;

import java.util.List;

/** One page of accessibility reports: {@code page} of {@code pages} (1-based), {@code total} in all. */
public record ReportPage(List<AccessibilityReport> reports, int page, int pages, long total) {

    public static final int SIZE = 50;

    public ReportPage {
        reports = List.copyOf(reports);
    }
}
