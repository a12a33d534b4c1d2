package se.lofte.situation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a trend filter chooses: week names, the filter as typed and stored, the period it is compared with. */
class TrendFilterTests {

    @Test
    void isoWeekNamesFollowTheWeekBasedYear() {
        assertThat(Granularity.isoWeek(Granularity.WEEK.start(LocalDate.of(2024, 12, 31)))).isEqualTo("2025-W01");
        assertThat(Granularity.isoWeek(Granularity.WEEK.start(LocalDate.of(2021, 1, 3)))).isEqualTo("2020-W53");
        assertThat(TrendFormat.bucket(LocalDate.of(2024, 12, 30), Granularity.WEEK, java.util.Locale.forLanguageTag("sv")))
                .isEqualTo("v. 1 2025");
    }

    @Test
    void aFilterSurvivesItsJsonAndBadDatesAreTiedToTheirField() {
        var today = LocalDate.of(2025, 6, 15);
        var parsed = TrendFilter.parse("Stöld", "police-uk", "m:1438", "week", "2025-01-06", "2025-03-30", today);
        assertThat(parsed.problems()).isEmpty();
        assertThat(TrendFilter.fromJson(parsed.filter().toJson(), today).filter()).isEqualTo(parsed.filter());

        var bad = TrendFilter.parse(null, null, "x:1", "month", "2025-13-01", "2025-01-01", today);
        assertThat(bad.problems()).extracting(p -> p.field()).containsExactly("place", "from");
        assertThat(TrendFilter.parse(null, null, null, "week", "2000-01-01", "2025-01-01", today).problems())
                .extracting(p -> p.code()).containsExactly("trends.error.tooManyBuckets");
        assertThat(TrendFilter.parse(null, null, null, "month", "2025-02-01", "2025-01-01", today).problems())
                .extracting(p -> p.code()).containsExactly("trends.error.fromAfterTo");
    }

    @Test
    void theComparisonPeriodBeforeWholeMonthsIsWholeMonthsToo() {
        var quarter = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(quarter.previous()).isEqualTo(new Period(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
        var week = new Period(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 12));
        assertThat(week.previous()).isEqualTo(new Period(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5)));
        assertThat(week.wholeMonths()).isFalse();
    }
}
