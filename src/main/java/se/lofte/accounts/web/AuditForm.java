package se.lofte.accounts.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import se.lofte.accounts.AuditFilter;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The audit trail's filter as typed into the page (query parameters, all optional). Kept as text so the
 * form shows what was typed even when it cannot be read.
 */
public record AuditForm(String from, String to, String subject, String actor, String organisation) {

    public AuditForm {
        from = Typed.text(from);
        to = Typed.text(to);
        subject = Typed.text(subject);
        actor = Typed.text(actor);
        organisation = Typed.text(organisation);
    }

    /** The filter, with the problems of fields that cannot be read (those fields then filter nothing). */
    AuditFilter filter(List<Problem> problems) {
        LocalDate fromDate = Dates.field("from", from, problems);
        LocalDate toDate = Dates.field("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(Problem.of("to", "audit.problem.toBeforeFrom"));
        }
        OrganisationId organisationId = null;
        if (!organisation.isEmpty()) {
            Long id = Typed.wholeNumber(organisation);
            if (id == null) {
                problems.add(Problem.of("organisation", "audit.problem.organisation"));
            } else {
                organisationId = new OrganisationId(id);
            }
        }
        return new AuditFilter(fromDate, toDate, subject.isEmpty() ? null : subject, actor.isEmpty() ? null : actor,
                organisationId);
    }

    /** The address of the trail (or its export) with this filter, for page links. */
    String url(String path, Integer page) {
        var url = UriComponentsBuilder.fromPath(path);
        add(url, "from", from);
        add(url, "to", to);
        add(url, "subject", subject);
        add(url, "actor", actor);
        add(url, "organisation", organisation);
        if (page != null) {
            url.queryParam("page", page);
        }
        return url.encode().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (!value.isEmpty()) {
            url.queryParam(name, value);
        }
    }
}
