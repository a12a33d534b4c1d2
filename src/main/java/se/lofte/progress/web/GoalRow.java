package se.lofte.progress.web;

import java.util.List;

import se.lofte.progress.GoalProgress;
import se.lofte.progress.IndicatorChoice;
import se.lofte.progress.IndicatorParameter;
import se.lofte.progress.IndicatorSource;
import se.lofte.progress.ManualCount;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;

/**
 * One goal on the staff progress page: its text, its current value and status when published, the source
 * chosen, each source with its parameters for the form, the counts entered by hand, and its warnings.
 */
public record GoalRow(PromiseContent.Goal goal, String ownerName, GoalProgress progress, IndicatorChoice choice,
               List<SourceChoice> sources, List<ManualCount> counts, boolean mayMeasure,
               List<DraftCheck.Warning> warnings) {

    /** A source as the form offers it, with its parameters for this goal. */
    public record SourceChoice(IndicatorSource source, List<IndicatorParameter> parameters) {
    }

    public boolean chosen(IndicatorSource source) {
        return choice != null && choice.kind().equals(source.kind());
    }

    public boolean countedByHand() {
        return sources.stream().anyMatch(s -> chosen(s.source()) && s.source().enteredByHand());
    }

    public String sourceText(boolean english) {
        return english ? progress.sourceEn() : progress.sourceSv();
    }

    public static String sourceName(IndicatorSource source, boolean english) {
        return english ? source.nameEn() : source.nameSv();
    }
}
