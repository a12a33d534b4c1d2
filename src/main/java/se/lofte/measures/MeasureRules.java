package se.lofte.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Numbers;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;

/**
 * The rules a measure's own fields obey, against the promise it belongs to. Problems name the form field
 * ({@code commitments}, {@code start}, {@code end}, {@code responsible}, {@code kind},
 * {@code outputs[2].quantity}, {@code outputs[2].unit}, {@code description}, {@code latitude},
 * {@code longitude}). Where the place lies in the situation picture is checked by {@link MeasureManagement}.
 *
 * <p>A measure lies within the promise's period ({@link PromisePeriod}): the goals count from its first day
 * to its last, so a measure outside it would be listed for residents and never counted. The problem
 * {@code measures.problem.outsidePeriod} carries the first and last day (ISO) as arguments; the form words
 * them in the page's language.
 */
final class MeasureRules {

    static final int DESCRIPTION_MAX = 4000;
    static final int UNIT_MAX = 100;
    static final int OUTPUTS_MAX = 20;
    /** numeric(18, 3): fifteen digits before the decimal sign, three after. */
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1000000000000000");
    private static final int QUANTITY_SCALE = 3;

    private MeasureRules() {
    }

    /** The outcome: the outputs read from the rows that were filled in, or the problems. */
    record Checked(List<Output> outputs, List<Problem> problems) {
    }

    /**
     * @param kinds the codes of the kinds that may be chosen: those offered, and the measure's own kind when
     *              it is edited, so a retired kind stays on the measures that have it
     * @param today today in Sweden: a measure is logged once it has started, never ahead
     */
    static Checked check(MeasureInput input, PromiseContent promise, Set<String> kinds, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = promise.commitments().stream().map(PromiseContent.Commitment::key)
                .collect(java.util.stream.Collectors.toSet());
        if (input.commitmentKeys().isEmpty()) {
            problems.add(Problem.of("commitments", "measures.problem.commitmentRequired"));
        } else if (!keys.containsAll(input.commitmentKeys())) {
            problems.add(Problem.of("commitments", "measures.problem.commitmentUnknown"));
        }
        if (input.start() == null) {
            problems.add(Problem.of("start", "measures.problem.startRequired"));
        } else {
            if (input.start().isAfter(today)) {
                problems.add(Problem.of("start", "measures.problem.startInFuture"));
            }
            if (input.end() != null && input.end().isBefore(input.start())) {
                problems.add(Problem.of("end", "measures.problem.endBeforeStart"));
            } else {
                checkPeriod(input, PromisePeriod.of(promise), problems);
            }
        }
        OrganisationId responsible = input.responsible();
        if (responsible == null) {
            problems.add(Problem.of("responsible", "measures.problem.responsibleRequired"));
        } else if (promise.parties().stream().noneMatch(p -> p.id().equals(responsible))) {
            problems.add(Problem.of("responsible", "measures.problem.responsibleNotParty"));
        }
        if (input.kindCode() == null || input.kindCode().isBlank()) {
            problems.add(Problem.of("kind", "measures.problem.kindRequired"));
        } else if (!kinds.contains(input.kindCode())) {
            problems.add(Problem.of("kind", "measures.problem.kindUnknown"));
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            problems.add(Problem.of("description", "measures.problem.descriptionTooLong", Integer.toString(DESCRIPTION_MAX)));
        }
        guard("description", "measures.problem.pin.description", description, problems);
        if (input.place() instanceof MeasurePlace.AtPoint point) {
            checkPoint(point, problems);
        }
        return new Checked(outputs(input.outputs(), problems), problems);
    }

    static final String OUTSIDE_PERIOD = "measures.problem.outsidePeriod";

    /** At the first day when the measure starts too early, otherwise at the day that ends too late. */
    private static void checkPeriod(MeasureInput input, PromisePeriod period, List<Problem> problems) {
        if (period == null || period.contains(input.start(), input.end())) {
            return;
        }
        String field = input.start().isBefore(period.first()) || input.end() == null ? "start" : "end";
        problems.add(Problem.of(field, OUTSIDE_PERIOD, period.first().toString(), period.last().toString()));
    }

    /** Sweden lies within this box; a point outside it is a typing slip (often latitude and longitude swapped). */
    private static void checkPoint(MeasurePlace.AtPoint point, List<Problem> problems) {
        if (!(point.latitude() >= 55.0 && point.latitude() <= 69.1)) {
            problems.add(Problem.of("latitude", "measures.problem.latitudeOutside"));
        }
        if (!(point.longitude() >= 10.9 && point.longitude() <= 24.2)) {
            problems.add(Problem.of("longitude", "measures.problem.longitudeOutside"));
        }
    }

    private static List<Output> outputs(List<MeasureInput.OutputLine> lines, List<Problem> problems) {
        List<Output> outputs = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < lines.size(); i++) {
            MeasureInput.OutputLine line = lines.get(i);
            if (line.empty()) {
                continue;
            }
            filled++;
            String field = "outputs[" + i + "]";
            BigDecimal quantity = null;
            if (line.quantity() == null || line.quantity().isBlank()) {
                problems.add(Problem.of(field + ".quantity", "measures.problem.quantityRequired"));
            } else {
                quantity = Numbers.parse(line.quantity());
                if (quantity == null) {
                    problems.add(Problem.of(field + ".quantity", "measures.problem.quantityNotNumber", line.quantity().strip()));
                } else if (quantity.signum() < 0) {
                    problems.add(Problem.of(field + ".quantity", "measures.problem.quantityNegative"));
                } else if (quantity.scale() > QUANTITY_SCALE) {
                    problems.add(Problem.of(field + ".quantity", "measures.problem.quantityDecimals",
                            Integer.toString(QUANTITY_SCALE)));
                } else if (quantity.compareTo(QUANTITY_LIMIT) >= 0) {
                    problems.add(Problem.of(field + ".quantity", "measures.problem.quantityTooLarge"));
                }
            }
            String unit = line.unit() == null ? "" : line.unit().strip();
            if (unit.isEmpty()) {
                problems.add(Problem.of(field + ".unit", "measures.problem.unitRequired"));
            } else if (unit.length() > UNIT_MAX) {
                problems.add(Problem.of(field + ".unit", "measures.problem.unitTooLong", Integer.toString(UNIT_MAX)));
            }
            guard(field + ".unit", "measures.problem.pin.unit", unit, problems);
            if (quantity != null && !unit.isEmpty()) {
                outputs.add(new Output(quantity, unit));
            }
        }
        if (filled > OUTPUTS_MAX) {
            problems.add(Problem.of("outputs", "measures.problem.tooManyOutputs", Integer.toString(OUTPUTS_MAX)));
        }
        return outputs;
    }

    private static void guard(String field, String code, String text, List<Problem> problems) {
        List<String> found = PersonalIdentityNumbers.findIn(text);
        if (!found.isEmpty()) {
            problems.add(Problem.of(field, code, String.join(", ", found)));
        }
    }
}
