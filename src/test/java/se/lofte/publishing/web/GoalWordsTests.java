package se.lofte.publishing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.lofte.measures.MeasureId;
import se.lofte.measures.MeasureKind;
import se.lofte.measures.Output;
import se.lofte.measures.PublicMeasure;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressPoint;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.shared.Ui;

import static org.assertj.core.api.Assertions.assertThat;

class GoalWordsTests {

    static final PromiseContent.NumericTarget AT_LEAST_FIVE = new PromiseContent.NumericTarget("Lagförda individer",
            "individer", BigDecimal.ZERO, BigDecimal.valueOf(5), PromiseContent.Direction.INCREASE,
            LocalDate.of(2019, 12, 31));
    static final PromiseContent.NumericTarget AT_MOST_TEN = new PromiseContent.NumericTarget("Anmälda inbrott",
            "inbrott", BigDecimal.valueOf(30), BigDecimal.TEN, PromiseContent.Direction.DECREASE,
            LocalDate.of(2019, 12, 31));

    static Ui ui(Locale locale) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/publishing-progress");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Ui(locale, messages, "/", () -> "_csrf", () -> "", null, path -> path);
    }

    static GoalProgress progress(String value, GoalStatus status, LocalDate asOf, ProgressPoint... series) {
        return new GoalProgress(new PromiseId(1), "g1", value == null ? null : new BigDecimal(value), asOf, status,
                List.of(series), "Manuellt räknat av LPO Östra Fyrbodal", "Counted by hand by LPO Östra Fyrbodal",
                OffsetDateTime.of(2019, 11, 14, 12, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aGoalWithoutADataSourceNamesNoSource() {
        var unmeasured = new GoalProgress(new PromiseId(1), "g1", null, null, GoalStatus.NOT_MEASURABLE, List.of(),
                "", "", OffsetDateTime.of(2019, 11, 14, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(GoalWords.source(unmeasured, ui(Locale.forLanguageTag("sv")))).isEmpty();
        assertThat(GoalWords.source(null, ui(Locale.ENGLISH))).isEmpty();
        assertThat(GoalWords.source(progress("3", GoalStatus.ON_TRACK, LocalDate.of(2019, 10, 1)), ui(Locale.ENGLISH)))
                .isEqualTo("Counted by hand by LPO Östra Fyrbodal");
    }

    @Test
    void saysTheValueAgainstAMinimumInTheGoalsUnitAndTheDayItWasCounted() {
        var progress = progress("3", GoalStatus.ON_TRACK, LocalDate.of(2019, 11, 14));
        assertThat(GoalWords.sentence(progress, AT_LEAST_FIVE, ui(Locale.of("sv"))))
                .isEqualTo("3 av minst 5 individer, 14 november 2019");
        assertThat(GoalWords.sentence(progress, AT_LEAST_FIVE, ui(Locale.ENGLISH)))
                .isEqualTo("3 of at least 5 individer, 14 November 2019");
    }

    @Test
    void aGoalThatDecreasesIsSaidAsAtMost() {
        var progress = progress("12", GoalStatus.AT_RISK, LocalDate.of(2019, 6, 1));
        assertThat(GoalWords.sentence(progress, AT_MOST_TEN, ui(Locale.of("sv"))))
                .isEqualTo("12 inbrott, målet är högst 10, 1 juni 2019");
        assertThat(GoalWords.target(AT_MOST_TEN, ui(Locale.of("sv")))).isEqualTo("högst 10 inbrott");
    }

    @Test
    void namesEveryStatusInPlainSwedishAndAMissingValueAsNotMeasurable() {
        Ui sv = ui(Locale.of("sv"));
        assertThat(List.of(GoalStatus.values())).extracting(s -> GoalWords.status(progress("1", s, null), sv))
                .containsExactly("på väg att nås", "i fara", "nått", "inte nått", "mätningen har inte börjat",
                        "kan inte mätas");
        assertThat(GoalWords.status(null, sv)).isEqualTo("kan inte mätas");
        assertThat(GoalWords.sentence(progress(null, GoalStatus.NOT_MEASURABLE, null), AT_LEAST_FIVE, sv))
                .isEqualTo("Det finns inget värde ännu.");
        assertThat(GoalWords.notYetMeasured(progress(null, GoalStatus.NOT_MEASURABLE, null))).isFalse();
        assertThat(GoalWords.notYetMeasured(null)).isFalse();
    }

    @Test
    void aGoalWhoseMeasuringHasNotStartedSaysWhenItStartsAndWhenTheGoalRunsToNeverThatItFailed() {
        var pending = progress(null, GoalStatus.NOT_YET_MEASURED, null);
        Ui sv = ui(Locale.of("sv"));
        Ui en = ui(Locale.ENGLISH);
        assertThat(GoalWords.notYetMeasured(pending)).isTrue();
        assertThat(GoalWords.status(pending, sv)).isEqualTo("mätningen har inte börjat");
        assertThat(GoalWords.sentence(pending, AT_LEAST_FIVE, sv))
                .isEqualTo("Mätningen börjar när den första siffran finns. Målet gäller till och med den 31 december 2019.");
        assertThat(GoalWords.status(pending, en)).isEqualTo("measuring has not started");
        assertThat(GoalWords.sentence(pending, AT_LEAST_FIVE, en))
                .isEqualTo("Measuring starts when the first figure is in. The goal runs until 31 December 2019.");
        for (Ui ui : List.of(sv, en)) {
            assertThat(GoalWords.status(pending, ui) + " " + GoalWords.sentence(pending, AT_LEAST_FIVE, ui))
                    .doesNotContain("kan inte mätas", "inget värde", "cannot be measured", "no value");
        }
    }

    @Test
    void numbersAreWrittenWithTheDecimalSignOfThePagesLanguage() {
        var progress = progress("18.5", GoalStatus.ON_TRACK, LocalDate.of(2019, 11, 14));
        var target = new PromiseContent.NumericTarget("Timmar", "timmar", null, new BigDecimal("40.0"),
                PromiseContent.Direction.INCREASE, LocalDate.of(2019, 12, 31));
        assertThat(GoalWords.sentence(progress, target, ui(Locale.of("sv"))))
                .isEqualTo("18,5 av minst 40 timmar, 14 november 2019");
        assertThat(GoalWords.sentence(progress, target, ui(Locale.ENGLISH)))
                .isEqualTo("18.5 of at least 40 timmar, 14 November 2019");
    }

    @Test
    void theBarMeasuresTheWayFromTheBaselineToTheTargetInTheGoalsDirection() {
        assertThat(GoalWords.percent(progress("3", GoalStatus.ON_TRACK, null), AT_LEAST_FIVE)).isEqualTo(60);
        assertThat(GoalWords.percent(progress("7", GoalStatus.REACHED, null), AT_LEAST_FIVE)).isEqualTo(100);
        assertThat(GoalWords.percent(progress("20", GoalStatus.ON_TRACK, null), AT_MOST_TEN)).isEqualTo(50);
        assertThat(GoalWords.percent(progress("35", GoalStatus.AT_RISK, null), AT_MOST_TEN)).isZero();
        assertThat(GoalWords.percent(progress(null, GoalStatus.NOT_MEASURABLE, null), AT_LEAST_FIVE)).isZero();
    }

    @Test
    void withoutABaselineTheBarStartsFromTheFirstValue() {
        var noBaseline = new PromiseContent.NumericTarget("Inbrott", "inbrott", null, BigDecimal.TEN,
                PromiseContent.Direction.DECREASE, LocalDate.of(2019, 12, 31));
        var progress = progress("15", GoalStatus.ON_TRACK, null,
                new ProgressPoint(LocalDate.of(2019, 1, 31), BigDecimal.valueOf(20)),
                new ProgressPoint(LocalDate.of(2019, 6, 30), BigDecimal.valueOf(15)));
        assertThat(GoalWords.percent(progress, noBaseline)).isEqualTo(50);
    }

    @Test
    void aMeasureOverSeveralDaysShowsItsPeriodAndItsOutputsWithUnits() {
        var measure = new PublicMeasure(new MeasureId(1), new PromiseId(1), List.of("c2"), LocalDate.of(2019, 5, 3),
                LocalDate.of(2019, 5, 5), new MeasureKind("traffic", "Trafikkontroll", "Traffic control"), "Polisen",
                "Centrum", List.of(new Output(BigDecimal.valueOf(20), "fordon kontrollerade"),
                new Output(new BigDecimal("1.50"), "timmar")), "Hastighetskontroller", null);
        Ui sv = ui(Locale.of("sv"));
        assertThat(GoalWords.when(measure, sv)).isEqualTo("3 maj 2019 – 5 maj 2019");
        assertThat(GoalWords.kind(measure, sv)).isEqualTo("Trafikkontroll");
        assertThat(GoalWords.kind(measure, ui(Locale.ENGLISH))).isEqualTo("Traffic control");
        assertThat(GoalWords.outputs(measure, sv)).isEqualTo("20 fordon kontrollerade, 1,5 timmar");
        assertThat(GoalWords.outputs(measure, ui(Locale.ENGLISH))).isEqualTo("20 fordon kontrollerade, 1.5 timmar");
    }
}
