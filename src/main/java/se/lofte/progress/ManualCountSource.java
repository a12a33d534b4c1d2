package se.lofte.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

/**
 * A count the goal's party enters by hand, such as people prosecuted: the value of a day is the latest entry
 * recorded for that day, and the series runs over the days with entries up to today or the deadline, whichever is first.
 */
@Component
class ManualCountSource extends BuiltInSource {

    static final String KIND = "manual";

    private final ManualCounts counts;

    ManualCountSource(ManualCounts counts, SourceWords words) {
        super(KIND, "Manuell räkning", "Manual count", words);
        this.counts = counts;
    }

    @Override
    public List<IndicatorParameter> parameters(GoalContext goal) {
        return List.of();
    }

    @Override
    public List<Problem> validate(Map<String, String> values, GoalContext goal) {
        return List.of();
    }

    @Override
    public IndicatorReading read(Map<String, String> values, GoalContext goal) {
        Map<LocalDate, ManualCount> byDay = new LinkedHashMap<>();
        List<ManualCount> entries = counts.of(goal.promise(), goal.goal().key());
        entries.stream().filter(c -> !c.asOf().isAfter(goal.readUntil())).forEach(c -> byDay.put(c.asOf(), c));
        List<ProgressPoint> series = new ArrayList<>();
        byDay.values().forEach(c -> series.add(new ProgressPoint(c.asOf(), c.value())));
        // The party of the latest count, or before the first count the goal's owner: who residents may ask.
        OrganisationId counter = byDay.isEmpty() ? goal.goal().owner()
                : byDay.values().stream().reduce((a, b) -> b).orElseThrow().party();
        String party = counter == null ? "" : goal.content().partyName(counter);
        if (party.isEmpty()) {
            return words.of("progress.source.words.manualParties").reading(series);
        }
        return words.of("progress.source.words.manual", party).reading(series);
    }

    @Override
    public boolean enteredByHand() {
        return true;
    }
}
