package se.lofte.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.lofte.measures.MeasureKind;
import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.OutputTotal;
import se.lofte.measures.OutputUnit;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;

/**
 * The sum of the outputs of the promise's measures in one unit, optionally of one kind ("20 fordon
 * kontrollerade" at each traffic control), counted from the promise's first day: the series is the running
 * total at each day with output. A kind that is no longer in the list of kinds cannot be read.
 */
@Component
class MeasureOutputSource extends BuiltInSource {

    static final String KIND = "measure-output";
    static final String MEASURE_KIND = "measureKind";
    static final String UNIT = "unit";
    private static final int UNIT_MAX = 100;

    private final MeasureTimeline measures;

    MeasureOutputSource(MeasureTimeline measures, SourceWords words) {
        super(KIND, "Summa av insatsernas resultat", "Sum of measure outputs", words);
        this.measures = measures;
    }

    /** The parameters alone, without the units in use: what saving needs, and no reading of the measures. */
    @Override
    public List<IndicatorParameter> parameters(GoalContext goal) {
        List<IndicatorParameter.Choice> kinds = measures.kinds().stream()
                .map(k -> new IndicatorParameter.Choice(k.code(), k.nameSv(), k.nameEn())).toList();
        return List.of(
                IndicatorParameter.choice(MEASURE_KIND, "Slag av insats (tomt: alla slag)",
                        "Kind of measure (empty: every kind)", false, kinds),
                IndicatorParameter.text(UNIT, "Enhet, som den skrivs i insatserna", "Unit, as written in the measures",
                        true));
    }

    /** The unit is offered from the units the measures already have, of the chosen kind when one is chosen. */
    @Override
    public List<IndicatorParameter> parameters(GoalContext goal, Map<String, String> values) {
        List<IndicatorParameter> bare = parameters(goal);
        Optional<MeasureKind> kind = kind(values.get(MEASURE_KIND));
        List<OutputUnit> units = units(goal, kind);
        List<SourceWords.Both> labels = units.stream()
                .map(u -> words.of("progress.source.unitOption", u.unit(), u.measures())).toList();
        SourceWords.Both hint = hint(kind, labels);
        List<IndicatorParameter.Choice> suggestions = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            suggestions.add(new IndicatorParameter.Choice(units.get(i).unit(), labels.get(i).sv(), labels.get(i).en()));
        }
        return List.of(bare.get(0), bare.get(1).suggesting(suggestions, hint.sv(), hint.en()));
    }

    private SourceWords.Both hint(Optional<MeasureKind> kind, List<SourceWords.Both> labels) {
        if (labels.isEmpty()) {
            return kind.map(k -> words.of("progress.source.unitHint.noneOfKind", locale -> new Object[]{name(k, locale)}))
                    .orElseGet(() -> words.of("progress.source.unitHint.none"));
        }
        return words.of(kind.isEmpty() ? "progress.source.unitHint" : "progress.source.unitHint.ofKind",
                locale -> new Object[]{labels.stream().map(l -> SourceWords.SWEDISH.equals(locale) ? l.sv() : l.en())
                        .collect(Collectors.joining(", ")), kind.map(k -> name(k, locale)).orElse("")});
    }

    /**
     * A unit that no measure has is saved all the same: the measures of a new promise may not be logged yet. But
     * it may as well be a typing mistake that leaves the goal counting nothing, and nothing else would say so.
     */
    @Override
    public List<Problem> doubts(Map<String, String> values, GoalContext goal) {
        String unit = values.get(UNIT);
        String kindCode = values.get(MEASURE_KIND);
        Optional<MeasureKind> kind = kind(kindCode);
        if (unit == null || unit.isBlank() || kindCode != null && kind.isEmpty()
                || units(goal, kind).stream().anyMatch(u -> u.matches(unit))) {
            return List.of();
        }
        return List.of(Problem.of(UNIT, kind.isEmpty() ? "progress.source.unitUnused"
                : "progress.source.unitUnusedOfKind", unit.strip()));
    }

    /** The units the goal can count: those of the measures it would read today. */
    private List<OutputUnit> units(GoalContext goal, Optional<MeasureKind> kind) {
        return measures.outputUnits(goal.promise(), kind.map(MeasureKind::code).orElse(null), goal.content().start(),
                goal.readUntil());
    }

    private static String name(MeasureKind kind, Locale locale) {
        return SourceWords.SWEDISH.equals(locale) ? kind.nameSv() : kind.nameEn();
    }

    @Override
    public List<Problem> validate(Map<String, String> values, GoalContext goal) {
        List<Problem> problems = new ArrayList<>();
        String kind = values.get(MEASURE_KIND);
        if (kind != null && kind(kind).isEmpty()) {
            problems.add(Problem.of(MEASURE_KIND, "progress.source.measureKindUnknown"));
        }
        String unit = values.get(UNIT);
        if (unit == null || unit.isBlank()) {
            problems.add(Problem.of(UNIT, "progress.source.unitRequired"));
        } else if (unit.length() > UNIT_MAX) {
            problems.add(Problem.of(UNIT, "progress.source.tooLong", Integer.toString(UNIT_MAX)));
        }
        return problems;
    }

    @Override
    public IndicatorReading read(Map<String, String> values, GoalContext goal) {
        String kindCode = values.get(MEASURE_KIND);
        String unit = values.getOrDefault(UNIT, "").strip();
        if (kindCode != null && kind(kindCode).isEmpty()) {
            return words.of("progress.source.words.measuresGone").unreadable();
        }
        List<ProgressPoint> series = new ArrayList<>();
        if (!goal.readUntil().isBefore(goal.content().start())) {
            BigDecimal total = BigDecimal.ZERO;
            for (OutputTotal day : measures.outputTotals(goal.promise(), kindCode, unit, goal.content().start(),
                    goal.readUntil())) {
                total = total.add(day.quantity());
                series.add(new ProgressPoint(day.date(), total));
            }
        }
        // Residents read the unit and the day counting began; the kind of measure is on the staff page.
        return words.of("progress.source.words.measures",
                locale -> new Object[]{unit, Dates.day(goal.content().start(), locale)}).reading(series);
    }

    private Optional<MeasureKind> kind(String code) {
        return measures.kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
