package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lofte.analysis.Concentration;
import se.lofte.situation.StreetConcentration;

/**
 * The concentration of incidents on street segments as the page shows it: the shares of segments holding
 * 25, 50 and 80 % of the snapped incidents, the curve as an SVG polyline (cumulative share of incidents
 * against share of segments, busiest first) beside the line of a uniform spread, and the same curve read at
 * a few shares of segments as the chart's table. Numbers are formatted for the page's language.
 *
 * @param outcome what was measured; its concentration is null when the view has no street segments
 * @param shares one row per share of incidents
 * @param curve the polyline's points in the chart's coordinates ({@link #LEFT} to {@link #RIGHT} across,
 *     {@link #BOTTOM} to {@link #TOP} up)
 * @param readings the curve read at {@link #READ_AT} per cent of the segments
 * @param warnings message keys of the warnings
 */
public record ConcentrationView(StreetConcentration.Outcome outcome, String snap, List<Share> shares, String curve,
                                List<Reading> readings, List<String> warnings) {

    public static final int LEFT = 50;
    public static final int RIGHT = 310;
    public static final int TOP = 20;
    public static final int BOTTOM = 280;
    static final List<Integer> READ_AT = List.of(1, 5, 10, 25, 50, 100);

    /** {@code segments} holding at least {@code share} per cent of the incidents; "–" when none was snapped. */
    public record Share(int share, String segments, String ofSegments) {
    }

    /** The busiest {@code segments} per cent of the segments hold {@code incidents} of the snapped incidents. */
    public record Reading(int segments, String incidents) {
    }

    public boolean measured() {
        return outcome.concentration() != null;
    }

    public boolean anySnapped() {
        return measured() && !outcome.concentration().curve().isEmpty();
    }

    static ConcentrationView of(StreetConcentration.Outcome outcome, String snap, Locale locale) {
        Concentration c = outcome.concentration();
        if (c == null) {
            return new ConcentrationView(outcome, snap, List.of(), "", List.of(), List.of());
        }
        List<Share> shares = new ArrayList<>();
        for (int share : Concentration.SHARES) {
            Integer segments = c.segmentsFor().get(share);
            Double of = c.shareOfSegmentsFor().get(share);
            shares.add(new Share(share, segments == null ? "–" : String.format(locale, "%,d", segments),
                    of == null ? "–" : percent(of, locale)));
        }
        var curve = new StringBuilder();
        for (Concentration.CurvePoint point : c.curve()) {
            curve.append(String.format(Locale.ROOT, "%.2f,%.2f ", LEFT + (RIGHT - LEFT) * point.shareOfSegments(),
                    BOTTOM - (BOTTOM - TOP) * point.shareOfIncidents()));
        }
        List<Reading> readings = c.curve().isEmpty() ? List.of() : READ_AT.stream()
                .map(at -> new Reading(at, percent(incidentsAt(c.curve(), at / 100.0), locale))).toList();
        return new ConcentrationView(outcome, snap, shares, curve.toString().strip(), readings,
                c.warnings().stream().map(Concentration.Warning::key).toList());
    }

    /** The curve's share of incidents at a share of segments, on the straight line between its points. */
    static double incidentsAt(List<Concentration.CurvePoint> curve, double segments) {
        for (int i = 1; i < curve.size(); i++) {
            Concentration.CurvePoint a = curve.get(i - 1);
            Concentration.CurvePoint b = curve.get(i);
            if (segments <= b.shareOfSegments()) {
                double span = b.shareOfSegments() - a.shareOfSegments();
                return span == 0 ? b.shareOfIncidents()
                        : a.shareOfIncidents() + (b.shareOfIncidents() - a.shareOfIncidents())
                        * (segments - a.shareOfSegments()) / span;
            }
        }
        return 1;
    }

    private static String percent(double share, Locale locale) {
        return String.format(locale, "%.1f %%", share * 100);
    }
}
