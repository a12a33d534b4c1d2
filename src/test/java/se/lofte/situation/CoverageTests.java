package se.lofte.situation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.incidents.Incidents.Covered;
import se.lofte.situation.Coverage.Extent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that keeps a comparison from misleading: a change, and the chance test, only where every source with
 * data in either period covers both periods entirely.
 */
class CoverageTests {

    private static final Period Y2024 = year(2024);
    private static final Period Y2025 = year(2025);
    private static final Period Y2026 = year(2026);

    private static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Period days(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Covered span(String source, String municipality, String first, String last) {
        return new Covered(source, municipality, LocalDate.parse(first), LocalDate.parse(last));
    }

    private static Coverage coverage(Covered... spans) {
        return new Coverage(List.of(spans));
    }

    @Test
    void dataOnlyIn2025GivesNoChangeFor2026() {
        Coverage only2025 = coverage(span("polisen", "1492", "2025-01-01", "2025-12-31"));

        assertThat(only2025.of(Y2026, Y2025)).isEqualTo(new Coverage.Pair(Extent.NONE, Extent.FULLY));
        assertThat(only2025.of(Y2026, Y2025).comparable()).isFalse();
        // Zero in 2026 against a hundred in 2025 would be "−100 %, more than chance": it must not be tested.
        Compared compared = Compared.of(Y2026, 0, Y2025, 100, only2025);
        assertThat(compared.test()).isEmpty();
        assertThat(compared.moreThanChance()).isFalse();
        assertThat(compared.currentKnown()).isFalse();
        assertThat(compared.referenceKnown()).isTrue();
        assertThat(only2025.of(Y2026)).isEqualTo(Extent.NONE);
    }

    @Test
    void periodsTheDataCoversEntirelyAreCompared() {
        Coverage only2025 = coverage(span("polisen", "1492", "2025-01-01", "2025-12-31"));
        Period secondHalf = days("2025-07-01", "2025-12-31");

        Compared compared = Compared.of(secondHalf, 40, secondHalf.previous(), 10, only2025);

        assertThat(compared.data().comparable()).isTrue();
        assertThat(compared.test()).isPresent();
        assertThat(compared.moreThanChance()).isTrue();
    }

    @Test
    void nothingIsComparedWithoutAnyData() {
        assertThat(Coverage.none().of(Y2025, Y2024)).isEqualTo(new Coverage.Pair(Extent.NONE, Extent.NONE));
        assertThat(Coverage.none().of(Y2025, Y2024).comparable()).isFalse();
        assertThat(Coverage.none().lastDay()).isEmpty();
        assertThat(Coverage.none().isEmpty()).isTrue();
    }

    @Test
    void aSourceThatStartedDuringTheLaterPeriodLeavesTheEarlierOnlyPartlyCovered() {
        // The police feed for two years, place reports only since 2025: 2025 against 2024 would count the
        // reports as a rise.
        Coverage coverage = coverage(span("polisen", "1492", "2024-01-01", "2025-12-31"),
                span("platsrapport", "1492", "2025-01-01", "2025-12-31"));

        assertThat(coverage.of(Y2025, Y2024)).isEqualTo(new Coverage.Pair(Extent.FULLY, Extent.PARTLY));
        assertThat(coverage.of(Y2025, Y2024).comparable()).isFalse();
    }

    @Test
    void aMunicipalityImportedForOnlyOnePeriodLeavesTheOtherPartlyCovered() {
        Coverage coverage = coverage(span("polisen", "1438", "2024-01-01", "2025-12-31"),
                span("polisen", "1492", "2025-01-01", "2025-12-31"));

        assertThat(coverage.of(Y2025, Y2024).comparable()).isFalse();
        assertThat(coverage.of(Y2025, Y2024).reference()).isEqualTo(Extent.PARTLY);
    }

    @Test
    void aSourceWithNoDataInEitherPeriodDoesNotMatter() {
        Coverage coverage = coverage(span("polisen", "1492", "2024-01-01", "2025-12-31"),
                span("csv", "1492", "2019-01-01", "2021-06-30"));

        assertThat(coverage.of(Y2025, Y2024).comparable()).isTrue();
    }

    @Test
    void aPeriodRunningPastTheLastDayOfDataIsOnlyPartlyCovered() {
        Coverage coverage = coverage(span("polisen", "1492", "2024-01-01", "2025-06-15"));
        Period june = days("2025-06-01", "2025-06-30");

        assertThat(coverage.of(june, june.previous())).isEqualTo(new Coverage.Pair(Extent.PARTLY, Extent.FULLY));
        assertThat(coverage.of(june)).isEqualTo(Extent.PARTLY);
        assertThat(coverage.of(days("2025-05-01", "2025-05-31"))).isEqualTo(Extent.FULLY);
        assertThat(coverage.of(days("2025-07-01", "2025-07-31"))).isEqualTo(Extent.NONE);
    }

    @Test
    void aBucketIsJudgedByTheSourcesThatReachIntoIt() {
        // A source that ended before the bucket does not make it partial; one that ends inside it does.
        Coverage coverage = coverage(span("csv", "1492", "2023-01-01", "2023-12-31"),
                span("polisen", "1492", "2024-03-10", "2025-12-31"));

        assertThat(coverage.of(days("2025-01-01", "2025-01-31"))).isEqualTo(Extent.FULLY);
        assertThat(coverage.of(days("2024-03-01", "2024-03-31"))).isEqualTo(Extent.PARTLY);
        assertThat(coverage.of(days("2024-01-01", "2024-01-31"))).isEqualTo(Extent.NONE);
        assertThat(coverage.of(days("2023-12-01", "2023-12-31"))).isEqualTo(Extent.FULLY);
    }

    @Test
    void theDataRunsFromItsFirstDayToItsLast() {
        Coverage coverage = coverage(span("polisen", "1492", "2024-03-10", "2025-06-15"),
                span("platsrapport", "1438", "2024-01-05", "2025-05-01"));

        assertThat(coverage.firstDay()).contains(LocalDate.parse("2024-01-05"));
        assertThat(coverage.lastDay()).contains(LocalDate.parse("2025-06-15"));
    }
}
