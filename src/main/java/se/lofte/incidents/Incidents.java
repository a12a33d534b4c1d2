package se.lofte.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.PlacePrecision;

/**
 * The incidents other modules count, list and report: counts over time, the map's points, counts and rows,
 * and the incidents of place reports. Who may see what is the caller's {@link IncidentScope}. Imports have
 * their own face, {@link Imports}.
 */
@Service
public class Incidents {

    /**
     * The source of the incidents read from the police events API: what the police choose to tell, not how many
     * crimes there are, so pages that count them say so.
     */
    public static final String POLISEN_EVENTS_SOURCE = ImportFormat.POLISEN_EVENTS.word();

    /** The source of the incidents made from place reports. */
    public static final String PLACE_REPORT_SOURCE = "platsrapport";
    /** The source of residents' reports (citizenreports): one incident per received report, until hidden or merged. */
    public static final String CITIZEN_REPORT_SOURCE = "medborgarrapporter";

    /** A window of time to count in, [start, end), and whether incidents known only to the month count in it. */
    public record Window(OffsetDateTime start, OffsetDateTime end, boolean holdsMonthKnown) {
    }

    /** Counted incidents in one window, and those left out because they are known only to the month. */
    public record Count(long counted, long leftOut) {
        static final Count NONE = new Count(0, 0);
    }

    /**
     * The days one source's data covers in one municipality (null: incidents with no known municipality),
     * Swedish days, both included: from its first incident to its last. An incident known only to the month
     * covers its whole month.
     */
    public record Covered(String source, String municipalityCode, LocalDate first, LocalDate last) {

        public Covered {
            if (first.isAfter(last)) {
                throw new IllegalArgumentException("Coverage ends before it starts: " + first + " – " + last);
            }
        }
    }

    /** What the map counts by. */
    public enum Grouping {
        CATEGORY, MUNICIPALITY, AREA
    }

    /** How many incidents fall in one group; {@code areaOnly} of them are known only by their area. */
    public record GroupCount(String key, String label, long incidents, long areaOnly) {
    }

    /**
     * An incident that can be drawn: its own position, or (latitude and longitude null) the street segment it
     * was snapped to. {@code place} is the best name known for where it happened.
     */
    public record Located(long id, Double latitude, Double longitude, Long segmentId, String category,
                          OffsetDateTime startsAt, PlacePrecision precision, String source, String place) {
    }

    /** The newest incidents that can be drawn, at most the limit asked for, and how many there are in all. */
    public record Drawable(List<Located> incidents, long total) {

        public Drawable {
            incidents = List.copyOf(incidents);
        }
    }

    /**
     * One incident as a table row. {@code place} is the best name stored, or null, in which case the
     * municipality code is what is known.
     */
    public record Row(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String category, String place,
                      String municipalityCode, PlacePrecision precision, String source, String url) {
    }

    /** One page of incidents, newest first. Pages count from 1. */
    public record Page(List<Row> rows, int page, int pages, long total) {

        public Page {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A place report's incidents: one per category, all at the same time and place. The report (who reported)
     * is kept by the caller; incidents carry no person.
     */
    public record Reported(String reportId, OrganisationId organisation, String municipalityCode,
                           List<String> categories, OffsetDateTime startsAt, OffsetDateTime endsAt,
                           PlacePrecision precision, Double latitude, Double longitude, Long areaId, Long segmentId,
                           String placeName, String description) {

        public Reported {
            categories = List.copyOf(categories);
        }
    }

    /** One incident of a place report. */
    public record ReportedIncident(String reportId, String placeName, String category) {
    }

    private final IncidentRows rows;
    private final ApplicationEventPublisher events;

    Incidents(IncidentRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    /** The categories among the incidents in scope, in the database's order. */
    public List<String> categories(IncidentScope scope) {
        return rows.distinct("category", scope);
    }

    /** The sources among the incidents in scope, in the database's order. */
    public List<String> sources(IncidentScope scope) {
        return rows.distinct("source", scope);
    }

    /** The count in each window, in the windows' order. */
    public List<Count> count(List<Window> windows, IncidentFilter filter, IncidentScope scope) {
        return rows.count(windows, filter, scope);
    }

    /**
     * The counts per category in each window, at most {@code limit} categories, those with the most in the first
     * window first; categories with none in any window are left out.
     */
    public Map<String, long[]> countByCategory(List<Window> windows, IncidentFilter filter, IncidentScope scope,
                                               int limit) {
        return rows.countByCategory(windows, filter, scope, limit);
    }

    /**
     * For each window, the incidents in scope matching the filter's category and source that lie around a place,
     * within the buffer's distance of its geometry but neither in it nor placed in its areas or street segments:
     * where crime might have moved from the place. Only incidents with a position of their own count (precision
     * POINT or SEGMENT), never those known only by their area, and only those known to the day.
     */
    public List<Long> countInBuffer(BufferArea buffer, IncidentFilter filter, IncidentScope scope,
                                    List<Window> windows) {
        BufferGeometry geometry = new BufferGeometry(buffer);
        long[] counts = new long[windows.size()];
        if (!geometry.isEmpty() && !windows.isEmpty()) {
            OffsetDateTime from = windows.stream().map(Window::start).min(OffsetDateTime::compareTo).orElseThrow();
            OffsetDateTime until = windows.stream().map(Window::end).max(OffsetDateTime::compareTo).orElseThrow();
            IncidentFilter inPeriods = filter.between(from, until);
            for (IncidentRows.Positioned p : rows.positionedOutside(inPeriods, buffer.targetAreaIds(),
                    buffer.targetSegmentIds(), scope, geometry.box())) {
                if (!geometry.holds(p.latitude(), p.longitude())) {
                    continue;
                }
                for (int i = 0; i < windows.size(); i++) {
                    Window w = windows.get(i);
                    if (!p.startsAt().isBefore(w.start()) && p.startsAt().isBefore(w.end())) {
                        counts[i]++;
                    }
                }
            }
        }
        return Arrays.stream(counts).boxed().toList();
    }

    /**
     * The days each source's data covers, per source and municipality, among the incidents in scope that the
     * filter keeps. Narrow it by source and place, not by category: a category with no incidents in days its
     * source covers truly had none.
     */
    public List<Covered> coverage(IncidentFilter filter, IncidentScope scope) {
        return rows.coverage(filter, scope);
    }

    /**
     * The newest incidents that can be drawn on a map, at most {@code limit}. Incidents known only by their area
     * ({@link PlacePrecision#AREA}) never are, whatever position they carry.
     */
    public Drawable drawable(IncidentScope scope, IncidentFilter filter, int limit) {
        return rows.drawable(scope, filter, limit);
    }

    /** The filter's incidents counted per group, the largest groups first. */
    public List<GroupCount> countBy(Grouping grouping, IncidentScope scope, IncidentFilter filter) {
        return rows.countBy(grouping, scope, filter);
    }

    public Page page(IncidentScope scope, IncidentFilter filter, int page, int pageSize) {
        return rows.page(scope, filter, page, pageSize);
    }

    /** The street segments that incidents in scope were snapped to. */
    public Set<Long> snappedSegments(IncidentScope scope) {
        return rows.snappedSegments(scope);
    }

    /** Stores a new place report's incidents. */
    public void report(Reported report) {
        rows.insertReported(PLACE_REPORT_SOURCE, report);
        events.publishEvent(new IncidentsChanged(report.organisation()));
    }

    /** Replaces the incidents of a corrected place report with those of its new content. */
    public void correctReport(Reported report) {
        replaceReported(PLACE_REPORT_SOURCE, report);
    }

    /** Removes the incidents of a withdrawn place report. */
    public void withdrawReport(OrganisationId organisation, String reportId) {
        withdrawReported(PLACE_REPORT_SOURCE, organisation, reportId);
    }

    /**
     * Stores a resident's report as incidents of {@value #CITIZEN_REPORT_SOURCE}, replacing those it had: the
     * report's module decides when a report is one (received, neither hidden nor merged).
     */
    public void reportByResident(Reported report) {
        replaceReported(CITIZEN_REPORT_SOURCE, report);
    }

    /** Removes the incidents of a resident's report (hidden, or merged into another). */
    public void withdrawResidentReport(OrganisationId organisation, String reportId) {
        withdrawReported(CITIZEN_REPORT_SOURCE, organisation, reportId);
    }

    /** A report of either kind stands as incidents of its source: its old ones go, its present content's come. */
    private void replaceReported(String source, Reported report) {
        rows.deleteReported(source, report.reportId());
        rows.insertReported(source, report);
        events.publishEvent(new IncidentsChanged(report.organisation()));
    }

    private void withdrawReported(String source, OrganisationId organisation, String reportId) {
        rows.deleteReported(source, reportId);
        events.publishEvent(new IncidentsChanged(organisation));
    }

    /**
     * The incidents of residents' reports in scope that the filter keeps (its source is set to
     * {@value #CITIZEN_REPORT_SOURCE}), with the report each belongs to: the reports' module knows which are public.
     */
    public List<ReportedIncident> residentReports(IncidentScope scope, IncidentFilter filter) {
        return rows.reported(scope, filter.withSource(CITIZEN_REPORT_SOURCE));
    }

    /** The incidents of the organisation's place reports that started in [from, until). */
    public List<ReportedIncident> reported(OrganisationId organisation, OffsetDateTime from, OffsetDateTime until) {
        return rows.reported(PLACE_REPORT_SOURCE, organisation, from, until);
    }
}
