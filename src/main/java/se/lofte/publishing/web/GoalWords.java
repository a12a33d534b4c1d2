package se.lofte.publishing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import se.lofte.measures.PublicMeasure;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.GoalStatus;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.Markup;
import se.lofte.shared.Ui;

/**
 * Progress and measures in plain words, as the promise page and the widgets say them: "3 av minst 5
 * individer, 14 november 2019", the status, where the number comes from, when and what a measure did. A goal
 * whose measuring has not started says so and when the goal runs to, never that it failed. Numbers are written
 * in the page's language ({@link Ui#number}).
 */
public final class GoalWords {

    private static final String SWEDISH_START = "\uE000";
    private static final String SWEDISH_END = "\uE001";

    private GoalWords() {
    }

    /**
     * The value against the target in the goal's unit and direction, and the day it was counted; without a value,
     * that measuring starts with the first figure and the day the goal runs to, or that there is no value.
     */
    public static String sentence(GoalProgress progress, PromiseContent.NumericTarget target, Ui ui) {
        return sentence(progress, target, ui, UnaryOperator.identity());
    }

    /**
     * {@link #sentence} as HTML for a page, with the unit marked as Swedish on an English page: staff write it
     * in Swedish ("24 patrulleringar"), and a screen reader reading it with English rules would garble it.
     */
    public static String sentenceHtml(GoalProgress progress, PromiseContent.NumericTarget target, Ui ui) {
        return html(sentence(progress, target, ui, unitMark(ui)));
    }

    private static String sentence(GoalProgress progress, PromiseContent.NumericTarget target, Ui ui,
                                   UnaryOperator<String> unit) {
        if (notYetMeasured(progress)) {
            return target.deadline() == null ? ui.t("public.progress.goal.notYetMeasured")
                    : ui.t("public.progress.goal.notYetMeasuredUntil", Dates.day(target.deadline(), ui.locale()));
        }
        if (progress == null || progress.value() == null) {
            return ui.t("public.progress.goal.noValue");
        }
        String key = target.direction() == PromiseContent.Direction.DECREASE
                ? "public.progress.goal.decrease" : "public.progress.goal.increase";
        return ui.t(key, ui.number(progress.value()), ui.number(target.target()), unit.apply(target.unit()),
                Dates.day(progress.asOf(), ui.locale()));
    }

    /** "minst 5 individer" or "högst 10 fall". */
    public static String target(PromiseContent.NumericTarget target, Ui ui) {
        return target(target, ui, UnaryOperator.identity());
    }

    /** {@link #target} as HTML for a page, with the unit marked as Swedish on an English page. */
    public static String targetHtml(PromiseContent.NumericTarget target, Ui ui) {
        return html(target(target, ui, unitMark(ui)));
    }

    private static String target(PromiseContent.NumericTarget target, Ui ui, UnaryOperator<String> unit) {
        return ui.t(target.direction() == PromiseContent.Direction.DECREASE ? "promise.atMost" : "promise.atLeast",
                ui.number(target.target()), unit.apply(target.unit()));
    }

    /**
     * On an English page, the staff's Swedish words between two private-use characters, which survive the
     * message's formatting and escaping and become the {@code lang="sv"} span in {@link #html}; on a Swedish
     * page the words as they are. Private-use characters typed into the words themselves are dropped.
     */
    private static UnaryOperator<String> unitMark(Ui ui) {
        return ui.english()
                ? words -> SWEDISH_START + words.replace(SWEDISH_START, "").replace(SWEDISH_END, "") + SWEDISH_END
                : UnaryOperator.identity();
    }

    /** The text escaped for HTML, with the words {@link #unitMark} marked in a {@code lang="sv"} span. */
    private static String html(String text) {
        return Markup.escape(text).replace(SWEDISH_START, "<span lang=\"sv\">").replace(SWEDISH_END, "</span>");
    }

    /** The goal's status; a goal with no progress at all (qualitative, or not computed) cannot be measured. */
    public static GoalStatus statusOf(GoalProgress progress) {
        return progress == null ? GoalStatus.NOT_MEASURABLE : progress.status();
    }

    public static String status(GoalProgress progress, Ui ui) {
        return ui.t("public.progress.status." + statusOf(progress).name());
    }

    /** Whether the goal's measuring has not started: it has a data source but no value yet. */
    public static boolean notYetMeasured(GoalProgress progress) {
        return statusOf(progress) == GoalStatus.NOT_YET_MEASURED && progress.value() == null;
    }

    /** Where the number comes from, in the reader's language; empty for a goal that has no data source yet. */
    public static String source(GoalProgress progress, Ui ui) {
        String source = progress == null ? null : ui.english() ? progress.sourceEn() : progress.sourceSv();
        return source == null ? "" : source.strip();
    }

    /**
     * How far the value has come from the start (the baseline, else the first value, else zero) to the
     * target, 0–100: going down for a goal that decreases. A value past the target is 100.
     */
    public static int percent(GoalProgress progress, PromiseContent.NumericTarget target) {
        if (progress == null || progress.value() == null) {
            return 0;
        }
        BigDecimal start = target.baseline() != null ? target.baseline()
                : progress.series().isEmpty() ? BigDecimal.ZERO : progress.series().getFirst().value();
        boolean decrease = target.direction() == PromiseContent.Direction.DECREASE;
        BigDecimal distance = decrease ? start.subtract(target.target()) : target.target().subtract(start);
        BigDecimal done = decrease ? start.subtract(progress.value()) : progress.value().subtract(start);
        if (distance.signum() <= 0) {
            return done.signum() >= 0 ? 100 : 0;
        }
        BigDecimal share = done.multiply(BigDecimal.valueOf(100)).divide(distance, 0, RoundingMode.DOWN);
        return Math.clamp(share.intValue(), 0, 100);
    }

    /** The day of the measure, or its first and last day. */
    public static String when(PublicMeasure measure, Ui ui) {
        String start = Dates.day(measure.start(), ui.locale());
        return measure.end() == null || measure.end().equals(measure.start()) ? start
                : ui.t("public.progress.measure.period", start, Dates.day(measure.end(), ui.locale()));
    }

    public static String kind(PublicMeasure measure, Ui ui) {
        return ui.english() ? measure.kind().nameEn() : measure.kind().nameSv();
    }

    /** "20 fordon kontrollerade, 1,5 timmar". */
    public static String outputs(PublicMeasure measure, Ui ui) {
        return measure.outputs().stream().map(o -> ui.number(o.quantity()) + " " + o.unit())
                .collect(Collectors.joining(", "));
    }
}
