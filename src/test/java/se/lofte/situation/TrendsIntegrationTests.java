package se.lofte.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents.Covered;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.lofte.situation.SituationTestData.at;

/** The counting SQL, run against H2 and PostgreSQL with incidents written for each test. */
@SpringBootTest
class TrendsIntegrationTests {

    private static final String DALS_ED = "1438";
    private static final String BENGTSFORS = "1460";

    @Autowired
    Trends trends;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    SituationTestData data;
    String source;
    long dalsEd;
    long bengtsfors;
    IncidentScope dalsEdStaff;

    @BeforeEach
    void ownSource() {
        data = new SituationTestData(jdbc);
        source = SituationTestData.uniqueSource();
        dalsEd = organisations.municipalityBySlug("dals-ed").orElseThrow().id().value();
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id().value();
        dalsEdStaff = new IncidentScope(false, Set.of(dalsEd), Set.of(DALS_ED));
    }

    private TrendFilter filter(Granularity g, String from, String to) {
        return filter(g, from, to, null, null);
    }

    private TrendFilter filter(Granularity g, String from, String to, PlaceChoice place, String category) {
        return new TrendFilter(category, source, place, g, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void weeksAreIsoWeeksInSwedishTimeAcrossNewYear() {
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2024-12-29T23:30"), null, null, null); // Sunday: 2024-W52
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2024-12-30T00:30"), null, null, null); // Monday: 2025-W01
        // 23:30 UTC on Sunday is 00:30 on Monday in Stockholm: week 1 of 2025, not week 52.
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2024-12-30T00:30").withOffsetSameInstant(java.time.ZoneOffset.UTC),
                null, null, null);
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2025-01-05T23:59"), null, null, null); // still 2025-W01
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2025-01-06T00:00"), null, null, null); // 2025-W02

        TrendSeries series = trends.series(filter(Granularity.WEEK, "2024-12-23", "2025-01-12"), dalsEdStaff);

        assertThat(series.buckets()).extracting(TrendSeries.Bucket::isoWeek)
                .containsExactly("2024-W52", "2025-W01", "2025-W02");
        assertThat(series.buckets()).extracting(TrendSeries.Bucket::count).containsExactly(1L, 3L, 1L);
        assertThat(series.leftOut()).isZero();
    }

    @Test
    void incidentsKnownOnlyToTheMonthCountInMonthsAndYearsButNotInWeeks() {
        for (int i = 0; i < 3; i++) { // police.uk: March 2025, as a span of the whole month (UTC)
            data.incident(source, "Burglary", dalsEd, DALS_ED, java.time.OffsetDateTime.parse("2025-03-01T00:00Z"),
                    java.time.OffsetDateTime.parse("2025-04-01T00:00Z"), null, null);
        }
        data.incidents(2, source, "Burglary", dalsEd, DALS_ED, at("2025-03-12T14:00"));

        TrendSeries months = trends.series(filter(Granularity.MONTH, "2025-01-01", "2025-04-30"), dalsEdStaff);
        assertThat(months.buckets()).extracting(TrendSeries.Bucket::count).containsExactly(0L, 0L, 5L, 0L);
        assertThat(months.leftOut()).isZero();

        TrendSeries years = trends.series(filter(Granularity.YEAR, "2025-01-01", "2025-12-31"), dalsEdStaff);
        assertThat(years.total()).isEqualTo(5);

        TrendSeries weeks = trends.series(filter(Granularity.WEEK, "2025-02-24", "2025-03-30"), dalsEdStaff);
        assertThat(weeks.total()).isEqualTo(2);
        assertThat(weeks.leftOut()).isEqualTo(3);

        // A period of whole months holds them; a period of odd days does not, and says how many it left out.
        assertThat(trends.comparison(filter(Granularity.MONTH, "2025-03-01", "2025-03-31"), dalsEdStaff)
                .previous().current()).isEqualTo(5);
        PeriodComparison oddDays = trends.comparison(filter(Granularity.MONTH, "2025-03-01", "2025-03-30"), dalsEdStaff);
        assertThat(oddDays.previous().current()).isEqualTo(2);
        assertThat(oddDays.leftOut()).isEqualTo(3);
    }

    @Test
    void staffSeeOnlyTheirMunicipalitiesAndAdministratorsSeeAll() {
        data.incidents(2, source, "Skadegörelse", dalsEd, DALS_ED, at("2025-05-05T12:00"));
        data.incidents(3, source, "Skadegörelse", bengtsfors, BENGTSFORS, at("2025-05-06T12:00"));
        // Imported by Dals-Ed's staff though it happened in Bengtsfors: their own import, so they see it.
        data.incidents(1, source, "Skadegörelse", dalsEd, BENGTSFORS, at("2025-05-07T12:00"));

        TrendFilter may = filter(Granularity.MONTH, "2025-05-01", "2025-05-31");
        assertThat(trends.series(may, dalsEdStaff).total()).isEqualTo(3);
        assertThat(trends.series(may, new IncidentScope(true, Set.of(), Set.of())).total()).isEqualTo(6);
        assertThat(trends.series(may, Trends.publicScope(BENGTSFORS)).total()).isEqualTo(4);
        assertThat(trends.series(filter(Granularity.MONTH, "2025-05-01", "2025-05-31", PlaceChoice.municipality(DALS_ED),
                null), dalsEdStaff).total()).isEqualTo(2);
    }

    @Test
    void areasSegmentsAndFocusPlacesNarrowTheCountAndPopulationGivesRates() {
        long area = data.area(dalsEd, "DISTRICT", "Centrum " + source, DALS_ED, 2_000);
        long otherArea = data.area(dalsEd, "DISTRICT", "Norr " + source, DALS_ED, null);
        long segment = data.segment(dalsEd, "Storgatan " + source);
        long focus = data.focusPlace(dalsEd, "Torget " + source, area, segment);
        var when = at("2025-06-10T20:00");
        for (int i = 0; i < 4; i++) {
            data.incident(source, "Bråk", dalsEd, DALS_ED, when, null, area, null);
        }
        data.incident(source, "Bråk", dalsEd, DALS_ED, when, null, otherArea, segment);
        data.incident(source, "Bråk", dalsEd, DALS_ED, when, null, otherArea, null);

        TrendSeries inArea = trends.series(filter(Granularity.MONTH, "2025-06-01", "2025-06-30",
                new PlaceChoice(PlaceKind.AREA, Long.toString(area)), null), dalsEdStaff);
        assertThat(inArea.total()).isEqualTo(4);
        assertThat(inArea.population()).isEqualTo(2_000);
        assertThat(inArea.perThousand(inArea.total())).isCloseTo(2.0, within(1e-9));

        assertThat(trends.series(filter(Granularity.MONTH, "2025-06-01", "2025-06-30",
                new PlaceChoice(PlaceKind.SEGMENT, Long.toString(segment)), null), dalsEdStaff).total()).isEqualTo(1);
        TrendSeries inFocus = trends.series(filter(Granularity.MONTH, "2025-06-01", "2025-06-30",
                new PlaceChoice(PlaceKind.FOCUS_PLACE, Long.toString(focus)), null), dalsEdStaff);
        assertThat(inFocus.total()).isEqualTo(5);
        assertThat(inFocus.population()).as("a focus place with a street segment has no population").isNull();

        assertThat(trends.choices(dalsEdStaff).focusPlaces()).extracting(PlaceOption::name).contains("Torget " + source);
        assertThat(trends.choices(new IncidentScope(false, Set.of(bengtsfors), Set.of(BENGTSFORS))).areas())
                .extracting(PlaceOption::name).doesNotContain("Centrum " + source);
    }

    @Test
    void rollingWindowsCompareWithTheWindowBeforeAndLastYear() {
        // Last 7 days up to 2025-09-14: 20 incidents; the 7 days before: 8; the same 7 days of 2024: 8.
        data.incidents(20, source, "Rån", dalsEd, DALS_ED, at("2025-09-10T12:00"));
        data.incidents(8, source, "Rån", dalsEd, DALS_ED, at("2025-09-03T12:00"));
        data.incidents(8, source, "Rån", dalsEd, DALS_ED, at("2024-09-10T12:00"));
        // The source's data runs from the start of 2024 to the last day counted, so every window is covered.
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2024-01-01T12:00"), null, null, null);
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2025-09-14T12:00"), null, null, null);

        List<PeriodComparison> rolling = trends.rolling(filter(Granularity.WEEK, "2025-06-01", "2025-09-14", null,
                "Rån"), dalsEdStaff);

        PeriodComparison last7 = rolling.get(0);
        assertThat(last7.period()).isEqualTo(new Period(LocalDate.parse("2025-09-08"), LocalDate.parse("2025-09-14")));
        assertThat(last7.previous().current()).isEqualTo(20);
        assertThat(last7.previous().reference()).isEqualTo(8);
        assertThat(last7.previous().test().orElseThrow().pValue()).isCloseTo(0.0357, within(1e-4));
        assertThat(last7.previous().moreThanChance()).isTrue();
        assertThat(last7.lastYear().reference()).isEqualTo(8);
        assertThat(rolling.get(1).previous().current()).isEqualTo(28);
        PeriodComparison yearToDate = rolling.get(2);
        assertThat(yearToDate.period().from()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(yearToDate.previous().current()).isEqualTo(28);
        assertThat(yearToDate.lastYear().reference()).isEqualTo(8);
    }

    @Test
    void categoriesAreCountedPerPeriodMostFirst() {
        data.incidents(5, source, "Stöld", dalsEd, DALS_ED, at("2025-10-10T12:00"));
        data.incidents(2, source, "Rån", dalsEd, DALS_ED, at("2025-10-11T12:00"));
        data.incidents(1, source, "Rån", dalsEd, DALS_ED, at("2025-09-11T12:00"));

        List<CategoryCount> categories = trends.categories(filter(Granularity.MONTH, "2025-10-01", "2025-10-31"),
                dalsEdStaff, 10);

        assertThat(categories).extracting(CategoryCount::category).containsExactly("Stöld", "Rån");
        assertThat(categories.get(1).comparison().reference()).isEqualTo(1);
    }

    @Test
    void coverageRunsPerSourceAndMunicipalityFromTheFirstIncidentToTheLastInSwedishDays() {
        // 23:30 on New Year's Eve in Stockholm is 22:30 UTC: 2024 here. 00:30 on New Year's Day is 23:30 UTC on
        // New Year's Eve: 2025 here.
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2024-12-31T23:30"), null, null, null);
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2025-01-01T00:30"), null, null, null);
        data.incident(source, "Stöld", dalsEd, DALS_ED, at("2025-02-10T12:00"), null, null, null);
        // police.uk: March 2025 as a span of the whole month (UTC), so it covers the whole month.
        data.incident(source, "Burglary", bengtsfors, BENGTSFORS, java.time.OffsetDateTime.parse("2025-03-01T00:00Z"),
                java.time.OffsetDateTime.parse("2025-04-01T00:00Z"), null, null);
        IncidentScope everything = new IncidentScope(true, Set.of(), Set.of());

        Coverage all = trends.coverage(filter(Granularity.MONTH, "2025-01-01", "2025-12-31"), everything);
        assertThat(all.spans()).containsExactly(
                new Covered(source, DALS_ED, LocalDate.parse("2024-12-31"), LocalDate.parse("2025-02-10")),
                new Covered(source, BENGTSFORS, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")));
        // Not narrowed by category: a category's zero is real where its source has data.
        assertThat(trends.coverage(filter(Granularity.MONTH, "2025-01-01", "2025-12-31", null, "Burglary"),
                everything).spans()).hasSize(2);
        // A chosen municipality is covered by its own data only.
        assertThat(trends.coverage(filter(Granularity.MONTH, "2025-01-01", "2025-12-31",
                PlaceChoice.municipality(BENGTSFORS), null), everything).lastDay()).contains(LocalDate.parse("2025-03-31"));
        // Dals-Ed's staff, in their municipality only, see Dals-Ed's data.
        assertThat(trends.coverage(filter(Granularity.MONTH, "2025-01-01", "2025-12-31"),
                dalsEdStaff.withinMunicipalities()).spans()).extracting(Covered::municipalityCode)
                .containsExactly(DALS_ED);
    }

    @Test
    void withDataCoveringOnly2025NothingIsComparedFor2026() {
        data.incidents(5, source, "Stöld", dalsEd, DALS_ED, at("2025-01-01T12:00"));
        data.incidents(40, source, "Stöld", dalsEd, DALS_ED, at("2025-12-31T12:00"));
        TrendFilter y2026 = filter(Granularity.MONTH, "2026-01-01", "2026-12-31");

        PeriodComparison period = trends.comparison(y2026, dalsEdStaff);
        assertThat(period.previous().test()).isEmpty();
        assertThat(period.previous().data()).isEqualTo(new Coverage.Pair(Coverage.Extent.NONE, Coverage.Extent.FULLY));
        assertThat(period.lastYear().test()).isEmpty();
        assertThat(trends.rolling(y2026, dalsEdStaff)).allSatisfy(r -> {
            assertThat(r.previous().test()).isEmpty();
            assertThat(r.lastYear().test()).isEmpty();
        });
        assertThat(trends.categories(y2026, dalsEdStaff, 10)).allSatisfy(c -> assertThat(c.comparison().test()).isEmpty());
        assertThat(trends.series(y2026, dalsEdStaff).buckets()).noneMatch(TrendSeries.Bucket::known);

        // 2025 itself is covered from its first day to its last and is counted, but 2024 is not there to compare.
        TrendFilter y2025 = filter(Granularity.MONTH, "2025-01-01", "2025-12-31");
        assertThat(trends.series(y2025, dalsEdStaff).buckets()).allMatch(b -> b.data() == Coverage.Extent.FULLY);
        assertThat(trends.comparison(y2025, dalsEdStaff).previous().test()).isEmpty();
    }
}
