package se.lofte.analysis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyse effect --treated BEFORE,AFTER --control BEFORE,AFTER [--displacement BEFORE,AFTER
 * --displacement-control BEFORE,AFTER]}: the figures of {@link Effect} as one JSON object on standard output.
 * Numbers are written in full precision; a figure that cannot be computed is null, and its reading says why.
 */
final class EffectCommand {

    private static final String TREATED = "--treated";
    private static final String CONTROL = "--control";
    private static final String DISPLACEMENT = "--displacement";
    private static final String DISPLACEMENT_CONTROL = "--displacement-control";
    private static final String PAIR = "counts before and after as BEFORE,AFTER";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EffectCommand() {
    }

    /** Runs the analysis; bad options throw {@link BadInput} before anything is written. */
    static int run(List<String> args, PrintStream out) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(Effect.of(counts(args)))));
        return 0;
    }

    private static EffectCounts counts(List<String> args) {
        var options = new OptionValues("effect", args, Set.of(TREATED, CONTROL, DISPLACEMENT, DISPLACEMENT_CONTROL),
                Set.of());
        PeriodCounts treated = pair(TREATED, options.required(TREATED, "the treated area's " + PAIR));
        PeriodCounts control = pair(CONTROL, options.required(CONTROL, "the control area's " + PAIR));
        String displacement = options.text(DISPLACEMENT);
        String displacementControl = options.text(DISPLACEMENT_CONTROL);
        if (displacement == null && displacementControl == null) {
            return new EffectCounts(treated, control);
        }
        if (displacementControl == null) {
            throw new BadInput(DISPLACEMENT_CONTROL + ": missing; a displacement area needs its own control area's "
                    + PAIR + ".");
        }
        if (displacement == null) {
            throw new BadInput(DISPLACEMENT + ": missing; " + DISPLACEMENT_CONTROL
                    + " is the control of a displacement area; give that area's " + PAIR + ".");
        }
        return new EffectCounts(treated, control, pair(DISPLACEMENT, displacement),
                pair(DISPLACEMENT_CONTROL, displacementControl));
    }

    private static PeriodCounts pair(String option, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new BadInput("%s: '%s' is not a pair; give the %s, such as 20,12.".formatted(option, text, PAIR));
        }
        return new PeriodCounts(count(option, parts[0], "before"), count(option, parts[1], "after"));
    }

    private static long count(String option, String text, String period) {
        String number = text.strip();
        if (number.matches("-\\d+")) {
            throw new BadInput("%s: the count %s, '%s', is negative.".formatted(option, period, number));
        }
        if (!number.matches("\\d{1,15}")) {
            throw new BadInput("%s: the count %s, '%s', is not a whole number of incidents.".formatted(option,
                    period, number));
        }
        long count = Long.parseLong(number);
        if (count > PeriodCounts.MAX) {
            throw new BadInput("%s: the count %s, %s, is more than %d incidents; a place has far fewer."
                    .formatted(option, period, number, PeriodCounts.MAX));
        }
        return count;
    }

    private static Map<String, Object> json(Effect effect) {
        Map<String, Object> json = new LinkedHashMap<>();
        estimate(json, "wdd", effect.wdd());
        estimate(json, "wdd_local", effect.wddLocal());
        json.put("wdd_displacement", effect.wddDisplacement() == null ? null : effect.wddDisplacement().value());
        json.put("wdd_displacement_se",
                effect.wddDisplacement() == null ? null : effect.wddDisplacement().standardError());
        json.put("irr", effect.irr());
        json.put("irr_ci95", interval(effect.irrCi95()));
        json.put("wdq", effect.wdq());
        json.put("e_test_p", effect.eTestP());
        List<Map<String, Object>> readings = new ArrayList<>();
        for (Reading reading : effect.readings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("figure", reading.figure().name());
            one.put("finding", reading.finding().name());
            one.put("cautions", reading.cautions().stream().map(Enum::name).toList());
            readings.add(one);
        }
        json.put("readings", readings);
        return json;
    }

    private static void estimate(Map<String, Object> json, String name, Estimate estimate) {
        json.put(name, estimate.value());
        json.put(name + "_se", estimate.standardError());
        json.put(name + "_z", estimate.z());
        json.put(name + "_p", estimate.p());
        json.put(name + "_ci95", interval(estimate.ci95()));
    }

    private static List<Double> interval(Interval interval) {
        return interval == null ? null : List.of(interval.low(), interval.high());
    }
}
