package se.lofte.citizenreports;

import java.util.List;

/** One page (1-based) of a municipality's published reports, newest first, with their supporters. */
public record ReportListPage(List<Listed> reports, int page, int pages, long total) {

    public static final int SIZE = 20;

    /** A published report, the name of its district (null when none) and how many said it is what they saw too. */
    public record Listed(PublicReport report, String district, int supporters) {
    }
}
