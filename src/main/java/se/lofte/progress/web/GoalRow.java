package se.lofte.progress.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.lofte.progress.GoalProgress;
import se.lofte.progress.IndicatorChoice;
import se.lofte.progress.IndicatorParameter;
import se.lofte.progress.IndicatorSource;
import se.lofte.progress.ManualCount;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;

/**
 * One goal on the staff progress page: its text, its current value and status when published, the source
 * chosen, each source with its parameters for the form, the counts entered by hand, its warnings, and what
 * looks wrong with its chosen source though it could be saved.
 */
public record GoalRow(PromiseContent.Goal goal, String ownerName, GoalProgress progress, IndicatorChoice choice,
               List<SourceChoice> sources, List<ManualCount> counts, boolean mayMeasure,
               List<DraftCheck.Warning> warnings, List<Problem> doubts) {

    /** A source as the form offers it, with its parameters for this goal. */
    public record SourceChoice(IndicatorSource source, List<IndicatorParameter> parameters) {
    }

    public boolean chosen(IndicatorSource source) {
        return choice != null && choice.kind().equals(source.kind());
    }

    public boolean countedByHand() {
        return sources.stream().anyMatch(s -> chosen(s.source()) && s.source().enteredByHand());
    }

    /** Where the number comes from in the plain words residents read beside it on the public page. */
    public String sourceText(boolean english) {
        return english ? progress.sourceEn() : progress.sourceSv();
    }

    /** The chosen source's name, or its kind code when no source of that kind is offered any more; null for none. */
    public String technicalName(boolean english) {
        if (choice == null) {
            return null;
        }
        return chosenSource().map(s -> sourceName(s.source(), english)).orElse(choice.kind());
    }

    /** The chosen source's parameters that have a value, as staff set them: "Enhet, …: fordon kontrollerade". */
    public List<String> technicalParameters(boolean english) {
        if (choice == null) {
            return List.of();
        }
        return chosenSource().map(s -> s.parameters().stream().filter(p -> choice.values().containsKey(p.name()))
                .map(p -> p.label(english) + ": " + shown(p, choice.values().get(p.name()), english)).toList())
                .orElse(List.of());
    }

    private Optional<SourceChoice> chosenSource() {
        return sources.stream().filter(s -> chosen(s.source())).findFirst();
    }

    /** A choice by its label, a date as people write it, other values as stored. */
    private static String shown(IndicatorParameter parameter, String value, boolean english) {
        if (parameter.type() == IndicatorParameter.Type.CHOICE) {
            return parameter.choices().stream().filter(c -> c.value().equals(value)).map(c -> c.label(english))
                    .findFirst().orElse(value);
        }
        if (parameter.type() == IndicatorParameter.Type.DATE) {
            try {
                return Dates.day(LocalDate.parse(value), english ? Locale.ENGLISH : Locale.of("sv"));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    public static String sourceName(IndicatorSource source, boolean english) {
        return english ? source.nameEn() : source.nameSv();
    }
}
