package se.lofte.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.measures.MeasureKind;
import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.OutputTotal;
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
