package se.lofte.accounts.web;

import java.util.List;
import java.util.Optional;

import se.lofte.accounts.AuditPage;
import se.lofte.shared.FieldErrors;

/**
 * The audit trail: the filter as typed with its problems and the subjects and organisations to filter by,
 * and one page of the events it finds, with links to the pages around it and to all of them as CSV.
 * {@code result} and the links are empty, and {@code rows} too, when the filter was refused.
 */
public record AuditTrailPage(AuditForm form, FieldErrors errors, List<Choice> subjects, List<Choice> organisations,
                             Optional<AuditPage> result, List<AuditRow> rows, Optional<String> previousUrl,
                             Optional<String> nextUrl, Optional<String> exportUrl) {
}
