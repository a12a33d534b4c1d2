package se.lofte.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseView;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Numbers;
import se.lofte.shared.Problem;

/**
 * How staff measure goals: which source measures each goal, with its parameters, and the counts entered by
 * hand. Works on the promise's working copy, so drafts can be prepared; values are computed for what is
 * published.
 */
@Service
public class ProgressManagement {

    private static final String NO_ROLE = "No role in the parties allows this";

    /** Larger counts than this are typing mistakes; the column holds 14 digits before the decimals. */
    private static final BigDecimal COUNT_MAX = new BigDecimal("1000000000");

    private final PromiseManagement promises;
    private final IndicatorSources sources;
    private final ProgressStore store;
    private final ManualCounts counts;
    private final ProgressComputation computation;
    private final MeasurabilityCheck measurability;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ProgressManagement(PromiseManagement promises, IndicatorSources sources, ProgressStore store, ManualCounts counts,
                       ProgressComputation computation, MeasurabilityCheck measurability, AuditTrail auditTrail,
                       Clock clock) {
        this.measurability = measurability;
        this.promises = promises;
        this.sources = sources;
        this.store = store;
        this.counts = counts;
        this.computation = computation;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The sources staff may choose from, by Swedish name. */
    public List<IndicatorSource> sources() {
        return sources.all();
    }

    public Optional<IndicatorSource> source(String kind) {
        return sources.find(kind);
    }

    /** The working copy as the person sees it; refused when they work with none of its parties. */
    public Optional<PromiseView> promise(PromiseId id, StaffMember viewer) {
        return promises.find(id, viewer);
    }

    /**
     * Recomputes the goals measured by a source of the kind in the published promises the organisation is party to:
     * for a module whose source reads data that changed, where this module cannot listen for the change itself
     * because that module depends on it (the surveys' results, published or withdrawn).
     */
    public void recomputeGoals(OrganisationId party, String kind) {
        computation.recomputeParty(party, kind);
    }

    /** The source chosen for each goal key. */
    public Map<String, IndicatorChoice> indicators(PromiseId promise) {
        return store.indicators(promise);
    }

    /** The goal as a source sees it today. */
    public GoalContext context(PromiseId promise, PromiseContent content, PromiseContent.Goal goal) {
        return new GoalContext(promise, content, goal, computation.today());
    }

    /** What keeps the promise's goals from being followed up, as the promise editor warns of it. */
    public List<DraftCheck.Warning> measurability(PromiseId promise, PromiseContent content) {
        return measurability.warnings(promise, content);
    }

    public boolean mayMeasure(StaffMember member, PromiseContent content, PromiseContent.Goal goal) {
        return ProgressRights.mayMeasure(member, content, goal);
    }

    /**
     * Chooses the source of a numeric goal with its parameter values, or removes the choice when {@code kind}
     * is blank. Problems are on the parameters' names, or on {@code kind}.
     */
    @Transactional
    public List<Problem> chooseIndicator(PromiseId id, String goalKey, String kind, Map<String, String> values,
                                         StaffMember by) {
        PromiseView promise = load(id, by);
        PromiseContent.Goal goal = goal(promise, goalKey);
        requireMeasurer(by, promise.content(), goal);
        if (!goal.isNumeric()) {
            return List.of(Problem.of("kind", "progress.indicator.qualitative"));
        }
        IndicatorChoice before = store.indicators(id).get(goalKey);
        if (kind == null || kind.isBlank()) {
            if (before != null) {
                store.removeIndicator(id, goalKey);
                audit(by, promise.content(), "goal_indicator", id + "/" + goalKey, "removed", audited(before), null);
                computation.recompute(id);
            }
            return List.of();
        }
        Optional<IndicatorSource> source = sources.find(kind);
        if (source.isEmpty()) {
            return List.of(Problem.of("kind", "progress.indicator.unknownKind"));
        }
        Map<String, String> kept = new LinkedHashMap<>();
        GoalContext context = context(id, promise.content(), goal);
        for (IndicatorParameter parameter : source.get().parameters(context)) {
            String value = values.get(parameter.name());
            if (value != null && !value.isBlank()) {
                kept.put(parameter.name(), value.strip());
            }
        }
        List<Problem> problems = new ArrayList<>(source.get().validate(kept, context));
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.saveIndicator(id, goalKey, kind, kept, by.username(), now);
        audit(by, promise.content(), "goal_indicator", id + "/" + goalKey, before == null ? "created" : "updated",
                before == null ? null : audited(before), AuditEvent.json(Map.of("kind", kind, "values", kept)));
        computation.recompute(id);
        return List.of();
    }

    /**
     * Gives the goals of next year's draft {@code to}, carried over from {@code from} under the same keys, the
     * sources their goals had: the new year is measured as the old one was. Only an editor of the draft's parties may
     * (the one who carried it over); a goal without a source stays without.
     */
    @Transactional
    public void carryIndicators(PromiseId from, PromiseId to, Collection<String> goalKeys, StaffMember by) {
        PromiseView draft = load(to, by);
        if (!by.hasAny(Role.EDITOR, draft.content().partyIds())) {
            throw new NotAllowed("No role in the promise's parties allows this");
        }
        Map<String, IndicatorChoice> before = store.indicators(from);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String key : goalKeys) {
            IndicatorChoice choice = before.get(key);
            if (choice != null) {
                store.saveIndicator(to, key, choice.kind(), choice.values(), by.username(), now);
                audit(by, draft.content(), "goal_indicator", to + "/" + key, "created", null, audited(choice));
            }
        }
    }

    /**
     * What looks wrong with the goal's chosen source though it could be saved, each on a parameter's name: a unit
     * that no measure has yet. Empty when no source is chosen or no source of its kind is offered any more.
     */
    public List<Problem> doubts(GoalContext goal, IndicatorChoice choice) {
        if (choice == null) {
            return List.of();
        }
        return sources.find(choice.kind()).map(s -> s.doubts(choice.values(), goal)).orElse(List.of());
    }

    /** Every count entered for the goal, by day and then in the order recorded. */
    public List<ManualCount> counts(PromiseId promise, String goalKey) {
        return counts.of(promise, goalKey);
    }

    /**
     * Records a count of a goal as of a day, for the person's party (for a joint goal, the first party for
     * which they measure). Problems are on {@code value} and {@code asOf}; the text is kept by the caller.
     */
    @Transactional
    public List<Problem> recordCount(PromiseId id, String goalKey, String value, String asOf, StaffMember by) {
        PromiseView promise = load(id, by);
        PromiseContent.Goal goal = goal(promise, goalKey);
        requireMeasurer(by, promise.content(), goal);
        List<Problem> problems = new ArrayList<>();
        BigDecimal number = number("value", value, problems);
        LocalDate day = Dates.field("asOf", asOf, problems);
        if (day == null && problems.stream().noneMatch(p -> p.field().equals("asOf"))) {
            problems.add(Problem.of("asOf", "progress.count.asOfRequired"));
        } else if (day != null && day.isAfter(computation.today())) {
            problems.add(Problem.of("asOf", "progress.count.asOfFuture"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        var party = ProgressRights.measuresFor(by, promise.content(), goal).getFirst();
        long countId = counts.add(id, goalKey, number, day, party, by.username(), OffsetDateTime.now(clock));
        audit(by, promise.content(), "manual_count", Long.toString(countId), "recorded", null,
                AuditEvent.json(Map.of("promise", id.value(), "goal", goalKey, "value", number.toPlainString(),
                        "asOf", day.toString(), "party", party.value())));
        computation.recompute(id);
        return List.of();
    }

    private static BigDecimal number(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.of(field, "progress.count.valueRequired"));
            return null;
        }
        BigDecimal number = Numbers.parse(text);
        if (number == null) {
            problems.add(Problem.of(field, "progress.count.valueNumber", text.strip()));
            return null;
        }
        if (number.signum() < 0 || number.compareTo(COUNT_MAX) > 0 || number.scale() > 4) {
            problems.add(Problem.of(field, "progress.count.valueRange", text.strip()));
            return null;
        }
        return number;
    }

    private PromiseView load(PromiseId id, StaffMember by) {
        return promises.find(id, by).orElseThrow(() -> new IllegalArgumentException("No promise " + id));
    }

    private static PromiseContent.Goal goal(PromiseView promise, String key) {
        return promise.content().goals().stream().filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No goal " + key + " in promise " + promise.id()));
    }

    private static void requireMeasurer(StaffMember member, PromiseContent content, PromiseContent.Goal goal) {
        if (!ProgressRights.mayMeasure(member, content, goal)) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    private void audit(StaffMember by, PromiseContent content, String subject, String subjectId, String action,
                       String before, String after) {
        var concerned = new HashSet<>(content.partyIds());
        auditTrail.record(new AuditEvent(by.username(), concerned, subject, subjectId, action, before, after));
    }

    private static String audited(IndicatorChoice choice) {
        return AuditEvent.json(Map.of("kind", choice.kind(), "values", choice.values()));
    }
}
