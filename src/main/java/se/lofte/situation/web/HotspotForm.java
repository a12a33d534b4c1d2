package se.lofte.situation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.situation.SituationMap;

/**
 * The hotspots page's choice as query parameters, so that an analysis is a plain GET address: the filter
 * ({@code category}, {@code source}, {@code from} and {@code to} as days) and the grid ({@code cell}, the
 * side of a square cell, and {@code band}, the distance within which cells are neighbours, both in metres),
 * {@code unit}, whether Gi* is computed on those cells ({@code cell}, the default) or on the street segments
 * ({@code segment}), {@code snap}, the greatest distance from an incident to its street segment (for the
 * concentration and for Gi* on segments), and {@code bandwidth}, the kernel density's radius in metres (empty
 * for the default rule). Kept as text so the form shows what was typed even when it cannot be read.
 */
public record HotspotForm(String category, String source, String from, String to, String cell, String band,
                          String snap, String unit, String bandwidth) {

    /** Where Gi* is computed: on square cells or on the street segments in view. */
    enum Unit {
        CELL, SEGMENT;

        /** The word in the address and the form. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final double DEFAULT_CELL = 200;
    static final double DEFAULT_BAND = 400;
    /** Below this a cell holds too few incidents to count, and a town needs millions of them. */
    static final double MIN_CELL = 25;
    /** Cells wider than a small town's centre hide every hotspot in it. */
    static final double MAX_CELL = 5_000;
    static final double MAX_BAND = 20_000;
    static final double DEFAULT_SNAP = 25;
    /** Beyond this an incident may be put on a street it did not happen on. */
    static final double MAX_SNAP = 500;
    /** Below this the surface shows single incidents, and its cells would be finer than the positions. */
    static final double MIN_BANDWIDTH = 25;
    /** Beyond this the surface is one smooth hill over a whole town. */
    static final double MAX_BANDWIDTH = 10_000;

    public HotspotForm {
        category = Typed.text(category);
        source = Typed.text(source);
        from = Typed.text(from);
        to = Typed.text(to);
        cell = Typed.text(cell);
        band = Typed.text(band);
        snap = Typed.text(snap);
        unit = Typed.text(unit);
        bandwidth = Typed.text(bandwidth);
    }

    /** Cells unless {@code segment} is chosen; anything else is a problem at the field (and cells are used). */
    Unit unit(List<Problem> problems) {
        for (Unit choice : Unit.values()) {
            if (choice.word().equals(unit)) {
                return choice;
            }
        }
        if (!unit.isEmpty()) {
            problems.add(Problem.of("unit", "hotspots.problem.unit", unit));
        }
        return Unit.CELL;
    }

    /** The kernel density's bandwidth in metres; NaN for the default rule, or with a problem when it cannot be used. */
    double bandwidthMetres(List<Problem> problems) {
        return metres("bandwidth", bandwidth, Double.NaN, MIN_BANDWIDTH, MAX_BANDWIDTH, problems);
    }

    /** The incidents to analyse, with the problems of fields that cannot be read (those then filter nothing). */
    SituationMap.Filter filter(List<Problem> problems) {
        return MapForm.filter(category, source, from, to, problems);
    }

    /** The cell size in metres, the default when empty; NaN with a problem when it cannot be used. */
    double cellMetres(List<Problem> problems) {
        return metres("cell", cell, DEFAULT_CELL, MIN_CELL, MAX_CELL, problems);
    }

    /**
     * The band in metres, at least one cell (unless {@code cellMetres} is NaN: segments have no cell), so that
     * every cell has neighbours; NaN with a problem otherwise.
     */
    double bandMetres(double cellMetres, List<Problem> problems) {
        double value = metres("band", band, DEFAULT_BAND, MIN_CELL, MAX_BAND, problems);
        if (!Double.isNaN(value) && !Double.isNaN(cellMetres) && value < cellMetres) {
            problems.add(Problem.of("band", "hotspots.problem.bandBelowCell", format(value), format(cellMetres)));
            return Double.NaN;
        }
        return value;
    }

    /** The snap distance in metres, the default when empty; NaN with a problem when it cannot be used. */
    double snapMetres(List<Problem> problems) {
        return metres("snap", snap, DEFAULT_SNAP, 1, MAX_SNAP, problems);
    }

    private static double metres(String field, String text, double fallback, double min, double max,
                                 List<Problem> problems) {
        if (text.isEmpty()) {
            return fallback;
        }
        Double value = Typed.decimal(text);
        if (value == null || !text.matches("\\d+([.,]\\d+)?")) {
            problems.add(Problem.of(field, "hotspots.problem.notMetres", text));
            return Double.NaN;
        }
        if (value < min || value > max) {
            problems.add(Problem.of(field, "hotspots.problem.range", text, format(min), format(max)));
            return Double.NaN;
        }
        return value;
    }

    static String format(double metres) {
        return metres == Math.rint(metres) ? Long.toString((long) metres) : Double.toString(metres);
    }

    /** The address of the page (or its data) in this state; empty parameters left out. */
    String url(String path) {
        return MapForm.url(path, parameters());
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("category", category);
        parameters.put("source", source);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("cell", cell);
        parameters.put("band", band);
        parameters.put("snap", snap);
        parameters.put("unit", unit);
        parameters.put("bandwidth", bandwidth);
        parameters.values().removeIf(String::isEmpty);
        return parameters;
    }
}
