package se.lofte.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import se.lofte.promises.PromiseId;

/** Read access to measures for the public site and for indicators. Every method is safe to call anonymously. */
public interface MeasureTimeline {

    /**
     * The measures of a promise that are public at {@code now}, newest first, and the count held back, given the
     * period of its latest published revision (which the caller has read already, so a page reads it once). Only
     * measures within the period of the promise's latest published revision are shown or counted: the goals
     * count nothing outside it, and a list that shows more than the goal counts contradicts it with no word of
     * why. (Measures from before this rule may lie outside it; staff see them marked.)
     */
    PublicMeasures forPromise(PromiseId promise, PromisePeriod period, Instant now);

    /**
     * The newest public measures of several promises together, at most {@code limit}, newest {@code publicSince}
     * first; as in {@link #forPromise}, only those within their promise's published period.
     */
    List<PublicMeasure> latest(Collection<PromiseId> promises, Instant now, int limit);

    /** The same of every promise: the newest {@code limit} public measures in the country. */
    List<PublicMeasure> latest(Instant now, int limit);

    /**
     * Output totals per last day for measures of the promise of one kind ({@code kindCode} null for any kind)
     * whose output unit is {@code unit} (as {@link OutputUnit#matches} compares units), lying wholly on days
     * {@code from}..{@code to} inclusive, oldest first. Counts every logged measure, public or not: indicators
     * measure the work, and publishing a total reveals no place or time.
     */
    List<OutputTotal> outputTotals(PromiseId promise, String kindCode, String unit, LocalDate from, LocalDate to);

    /**
     * The units that {@link #outputTotals} with the same promise, kind and days can count, each with how many
     * measures have an output in it, most used first: what a goal may sum, as the measures write it.
     */
    List<OutputUnit> outputUnits(PromiseId promise, String kindCode, LocalDate from, LocalDate to);

    /** The kinds of measure in the list, in list order, including ones no longer offered for new measures. */
    List<MeasureKind> kinds();
}
