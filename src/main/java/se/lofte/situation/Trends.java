package se.lofte.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents.Count;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Dates;
import se.lofte.situation.IncidentCounts.Window;

/**
 * How incident counts change over time, for what a staff member may see: counts per week, month or year,
 * the chosen period against the one before and the same period last year, and rolling windows. A count is
 * only shown for days some source's data covers, and a change only between periods the data covers entirely
 * ({@link Coverage}).
 */
@Service
public class Trends {

    private final IncidentCounts counts;
    private final Organisations organisations;
    private final Clock clock;

    Trends(IncidentCounts counts, Organisations organisations, Clock clock) {
        this.counts = counts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Today in Sweden: what blank dates and rolling windows are counted up to. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.SWEDEN));
    }

    /** What only the people of one municipality's public page may see: its own incidents. */
    public static IncidentScope publicScope(String municipalityCode) {
        return new IncidentScope(false, Set.of(), Set.of(municipalityCode));
    }

    /**
     * The days the data behind the filter's counts covers (by source and municipality, not category): what
     * decides which buckets have a count and which periods may be compared.
     */
    public Coverage coverage(TrendFilter filter, IncidentScope scope) {
        return counts.coverage(filter, scope);
    }

    /**
     * The day a period left open ends on: the last day the data covers, so that the page opens on data rather
     * than on an empty stretch up to today; today when there is no data or it runs past today.
     */
    public LocalDate lastCoveredDay(Coverage coverage) {
        LocalDate today = today();
        return coverage.lastDay().filter(d -> d.isBefore(today)).orElse(today);
    }

    /** Counts per bucket over the filter's days, widened to whole buckets. */
    public TrendSeries series(TrendFilter filter, IncidentScope scope) {
        return series(filter, scope, coverage(filter, scope));
    }

    /** The same with the coverage already read. Buckets no data reaches into are marked so, not counted as 0. */
    public TrendSeries series(TrendFilter filter, IncidentScope scope, Coverage coverage) {
        Granularity g = filter.granularity();
        List<Window> windows = new ArrayList<>();
        for (LocalDate start = g.start(filter.from()); !start.isAfter(filter.to()); start = g.next(start)) {
            windows.add(new Window(new Period(start, g.next(start).minusDays(1)), g.holdsMonthKnownIncidents()));
        }
        List<Count> result = counts.count(windows, filter, scope);
        List<TrendSeries.Bucket> buckets = new ArrayList<>();
        long leftOut = 0;
        for (int i = 0; i < windows.size(); i++) {
            Period p = windows.get(i).period();
            buckets.add(new TrendSeries.Bucket(p.from(), p.to().plusDays(1), result.get(i).counted(), coverage.of(p)));
            leftOut += result.get(i).leftOut();
        }
        return new TrendSeries(filter, buckets, leftOut, counts.population(filter.place(), scope));
    }

    /** The filter's period against the one before it and the same days last year. */
    public PeriodComparison comparison(TrendFilter filter, IncidentScope scope) {
        return comparison(filter, scope, coverage(filter, scope));
    }

    public PeriodComparison comparison(TrendFilter filter, IncidentScope scope, Coverage coverage) {
        return compare("period", new Period(filter.from(), filter.to()), filter, scope, coverage);
    }

    /** The last 7 days, the last 28 days and the year to date, each up to the filter's last day. */
    public List<PeriodComparison> rolling(TrendFilter filter, IncidentScope scope) {
        return rolling(filter, scope, coverage(filter, scope));
    }

    public List<PeriodComparison> rolling(TrendFilter filter, IncidentScope scope, Coverage coverage) {
        LocalDate end = filter.to();
        return List.of(
                compare("last7", new Period(end.minusDays(6), end), filter, scope, coverage),
                compare("last28", new Period(end.minusDays(27), end), filter, scope, coverage),
                compare("yearToDate", new Period(end.withDayOfYear(1), end), filter, scope, coverage));
    }

    /** The categories with the most incidents in the filter's period, each against the period before. */
    public List<CategoryCount> categories(TrendFilter filter, IncidentScope scope, int limit) {
        return categories(filter, scope, limit, coverage(filter, scope));
    }

    public List<CategoryCount> categories(TrendFilter filter, IncidentScope scope, int limit, Coverage coverage) {
        Period period = new Period(filter.from(), filter.to());
        Period previous = period.previous();
        boolean monthKnown = period.wholeMonths() && previous.wholeMonths();
        Map<String, long[]> byCategory = counts.countByCategory(List.of(new Window(period, monthKnown),
                new Window(previous, monthKnown)), filter, scope, limit);
        List<CategoryCount> result = new ArrayList<>();
        byCategory.forEach((category, n) -> result.add(new CategoryCount(category,
                Compared.of(period, n[0], previous, n[1], coverage))));
        return result;
    }

    /** The series a chart or table pin shows, from current data; empty when its stored filter is unreadable. */
    public Optional<TrendSeries> pinned(LagesbildPin pin, IncidentScope scope) {
        // Only charts and tables store a trend filter; a map view's query is not one.
        if (pin.knownKind().filter(k -> k == PinKind.CHART || k == PinKind.TABLE).isEmpty()) {
            return Optional.empty();
        }
        TrendFilter.Parsed parsed = TrendFilter.fromJson(pin.queryJson(), today());
        return parsed.problems().isEmpty() ? Optional.of(series(parsed.filter(), scope)) : Optional.empty();
    }

    public TrendChoices choices(IncidentScope scope) {
        List<PlaceOption> municipalities = organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .filter(m -> scope.includesMunicipality(m.scbCode()))
                .sorted(Comparator.comparing(m -> m.shortName()))
                .map(m -> new PlaceOption(PlaceChoice.municipality(m.scbCode()), m.shortName()))
                .toList();
        return new TrendChoices(counts.categories(scope), counts.sources(scope), municipalities, counts.areas(scope),
                counts.segments(scope), counts.focusPlaces(scope));
    }

    private PeriodComparison compare(String name, Period period, TrendFilter filter, IncidentScope scope,
                                     Coverage coverage) {
        Period previous = period.previous();
        Period lastYear = period.lastYear();
        // Incidents known only to the month count in all three periods or in none, so that like is compared
        // with like.
        boolean monthKnown = period.wholeMonths() && previous.wholeMonths() && lastYear.wholeMonths();
        List<Count> n = counts.count(List.of(new Window(period, monthKnown), new Window(previous, monthKnown),
                new Window(lastYear, monthKnown)), filter, scope);
        return new PeriodComparison(name, period,
                Compared.of(period, n.get(0).counted(), previous, n.get(1).counted(), coverage),
                Compared.of(period, n.get(0).counted(), lastYear, n.get(2).counted(), coverage),
                n.get(0).leftOut());
    }
}
