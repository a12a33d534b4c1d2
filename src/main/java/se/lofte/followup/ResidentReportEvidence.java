package se.lofte.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.incidents.IncidentFilter;
import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents;
import se.lofte.places.Area;
import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.StreetSegment;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;

/**
 * What residents reported at a commitment's focus places (the promise's, when the commitment names none) in the
 * follow-up's days, per category: one line per place, none where nobody reported. Residents' reports are placed as
 * the lägesbild holds them, as incidents of the source {@value Incidents#CITIZEN_REPORT_SOURCE} in the focus place's
 * areas and street segments, and only those published when the evidence is taken count: a hidden report is no
 * incident and a merged duplicate is part of the report it was merged into, so each problem counts once, and a new
 * report waits for staff. Counts from 1 to 4 are published as "fewer than 5", as on every public page.
 */
@Component
@Order(45)
class ResidentReportEvidence implements EvidenceSource {

    private final FocusPlaces focusPlaces;
    private final Incidents incidents;
    private final CitizenReports reports;
    private final PartiesScope parties;
    private final MessageSource messages;

    ResidentReportEvidence(FocusPlaces focusPlaces, Incidents incidents, CitizenReports reports, PartiesScope parties,
                           MessageSource messages) {
        this.focusPlaces = focusPlaces;
        this.incidents = incidents;
        this.reports = reports;
        this.parties = parties;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        PromiseContent content = request.latest().content();
        var scope = parties.of(content);
        var from = Dates.startOf(request.from());
        var until = Dates.startOf(request.to().plusDays(1));
        List<Evidence> lines = new ArrayList<>();
        for (var commitment : content.commitments()) {
            for (var place : content.focusPlaceRefsOf(commitment)) {
                var parts = focusPlaces.find(new FocusPlaceId(place.id()));
                if (parts.isEmpty()) {
                    continue;
                }
                Map<String, Long> byCategory = publishedByCategory(scope, IncidentFilter.of(null, null)
                        .between(from, until).placedIn(areas(parts.get()), segments(parts.get())));
                // The categories in the form's order, so that the line reads the same every year.
                var counted = Arrays.stream(ReportCategory.values())
                        .filter(c -> byCategory.getOrDefault(c.incidentCategory(), 0L) > 0)
                        .toList();
                if (!counted.isEmpty()) {
                    lines.add(EvidenceRequest.line(messages, ItemKind.COMMITMENT, commitment.key(),
                            "followup.evidence.reports",
                            locale -> new Object[] {place.name(), Dates.day(request.from(), locale),
                                    Dates.day(request.to(), locale), categories(counted, byCategory, locale)}));
                }
            }
        }
        return lines;
    }

    /**
     * The reports' incidents in the place and days, counted per category over the reports residents can read now:
     * the follow-up is sealed and public, so a report staff have not let through (new, or hidden later as not a
     * place) never stands in it, and a flood of unmoderated reports cannot move it.
     */
    private Map<String, Long> publishedByCategory(IncidentScope scope, IncidentFilter filter) {
        var reported = incidents.residentReports(scope, filter);
        Set<CitizenReportId> published = reports.published(reported.stream()
                .map(r -> new CitizenReportId(Long.parseLong(r.reportId()))).toList());
        return reported.stream()
                .filter(r -> published.contains(new CitizenReportId(Long.parseLong(r.reportId()))))
                .collect(Collectors.groupingBy(Incidents.ReportedIncident::category, Collectors.counting()));
    }

    private String categories(List<ReportCategory> counted, Map<String, Long> byCategory, Locale locale) {
        return counted.stream()
                .map(c -> messages.getMessage("followup.evidence.reports.category", new Object[] {
                        messages.getMessage(c.messageKey(), null, locale),
                        PublicCounts.of(messages, byCategory.get(c.incidentCategory()), locale)}, locale))
                .collect(Collectors.joining(", "));
    }

    private static Set<Long> areas(FocusPlace place) {
        return place.areas().stream().map(Area::id).collect(Collectors.toSet());
    }

    private static Set<Long> segments(FocusPlace place) {
        return place.segments().stream().map(StreetSegment::id).collect(Collectors.toSet());
    }
}
