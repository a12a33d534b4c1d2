package se.lofte.accounts;

import java.util.List;

/** One page of the audit trail, newest first; {@code page} counts from 1. */
public record AuditPage(List<AuditEntry> entries, int page, int pages, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
