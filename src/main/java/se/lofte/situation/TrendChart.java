package se.lofte.situation;

import java.util.List;
import java.util.Locale;

import se.lofte.shared.Markup;
import se.lofte.shared.SmallCountSuppression;
import se.lofte.shared.SvgImage;
import se.lofte.shared.Ui;

/**
 * Charts drawn on the server as SVG, readable without JavaScript: {@code role="img"} with a title and a
 * description that says what the chart shows in words, scaled by its viewBox to any width. Colours keep at
 * least 4.5:1 against white for text and 3:1 for bars. The numbers are always also in a table beside the
 * chart; the chart adds the shape, not the data. On public pages counts of 1–4 are left out
 * ({@link SmallCountSuppression}). Buckets and periods without data ({@link Coverage}) get no bar, never a 0.
 */
public final class TrendChart {

    private static final int WIDTH = 400;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int FONT = 12;
    private static final int MAX_LABELS = 6;

    private TrendChart() {
    }

    /** Bars of the counts per bucket. {@code id} makes the title and description ids unique on the page. */
    public static String bars(TrendSeries series, String title, boolean publicView, String id, Ui ui) {
        Locale locale = ui.locale();
        int height = 220;
        int bottom = 40;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = height - TOP - bottom;
        List<TrendSeries.Bucket> buckets = series.buckets();
        long max = niceMax(series.max());
        StringBuilder svg = SvgImage.open("chart", WIDTH + " " + height, id, title, description(series, publicView, ui));
        grid(svg, max, plotWidth, plotHeight, locale);
        double slot = (double) plotWidth / buckets.size();
        double barWidth = Math.max(1, slot * 0.75);
        int labelEvery = (int) Math.ceil(buckets.size() / (double) MAX_LABELS);
        for (int i = 0; i < buckets.size(); i++) {
            var b = buckets.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            if (!b.known()) {
                // No data: a pale band across the plot marks the gap, so that it does not read as a zero.
                svg.append("<rect class=\"no-data\" x=\"").append(f(LEFT + i * slot)).append("\" y=\"").append(TOP)
                        .append("\" width=\"").append(f(slot)).append("\" height=\"").append(plotHeight)
                        .append("\"/>");
            } else if (b.count() > 0 && !(publicView && SmallCountSuppression.suppresses(b.count()))) {
                double h = plotHeight * (double) b.count() / max;
                svg.append("<rect class=\"bar\" x=\"").append(f(x)).append("\" y=\"").append(f(TOP + plotHeight - h))
                        .append("\" width=\"").append(f(barWidth)).append("\" height=\"").append(f(h)).append("\"/>");
            }
            if (i % labelEvery == 0) {
                svg.append("<text class=\"axis\" x=\"").append(f(LEFT + i * slot + slot / 2)).append("\" y=\"")
                        .append(TOP + plotHeight + 18).append("\" text-anchor=\"middle\" font-size=\"").append(FONT)
                        .append("\">")
                        .append(Markup.escape(TrendFormat.bucket(b.start(), series.filter().granularity(), locale)))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The period, the period before and the same period last year, as horizontal bars with their counts. A period
     * without data has no bar and says so instead of showing 0.
     */
    public static String comparison(PeriodComparison c, String title, String id, Ui ui) {
        Locale locale = ui.locale();
        long[] values = {c.previous().current(), c.previous().reference(), c.lastYear().reference()};
        boolean[] known = {c.previous().currentKnown(), c.previous().referenceKnown(), c.lastYear().referenceKnown()};
        String[] labels = {ui.t("trends.compare.current"), ui.t("trends.compare.previous"),
                ui.t("trends.compare.lastYear")};
        String[] shown = new String[3];
        for (int i = 0; i < 3; i++) {
            shown[i] = known[i] ? TrendFormat.number(values[i], locale) : ui.t("trends.noDataShort");
        }
        int rowHeight = 36;
        int labelWidth = 120;
        int height = TOP + rowHeight * 3 + 8;
        long max = 1;
        for (int i = 0; i < 3; i++) {
            max = known[i] ? Math.max(max, values[i]) : max;
        }
        String desc = ui.t("trends.chart.compareDesc", labels[0], shown[0], labels[1], shown[1], labels[2], shown[2]);
        StringBuilder svg = SvgImage.open("chart", WIDTH + " " + height, id, title, desc);
        int barSpace = WIDTH - labelWidth - 60;
        for (int i = 0; i < 3; i++) {
            int y = TOP + i * rowHeight;
            double w = known[i] ? barSpace * (double) values[i] / max : 0;
            svg.append("<text class=\"axis\" x=\"0\" y=\"").append(y + 19).append("\" font-size=\"").append(FONT)
                    .append("\">").append(Markup.escape(labels[i])).append("</text>");
            if (w > 0) {
                svg.append("<rect class=\"").append(i == 0 ? "bar" : "bar bar-reference").append("\" x=\"")
                        .append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(f(w))
                        .append("\" height=\"22\"/>");
            }
            svg.append("<text class=\"axis\" x=\"").append(f(labelWidth + w + 6)).append("\" y=\"").append(y + 19)
                    .append("\" font-size=\"").append(FONT).append("\">").append(Markup.escape(shown[i]))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String description(TrendSeries series, boolean publicView, Ui ui) {
        Locale locale = ui.locale();
        Granularity g = series.filter().granularity();
        var buckets = series.buckets();
        String first = TrendFormat.bucket(buckets.getFirst().start(), g, locale);
        String last = TrendFormat.bucket(buckets.getLast().start(), g, locale);
        var known = series.known();
        if (known.isEmpty()) {
            return ui.t("trends.chart.descNoData", first, last);
        }
        long gaps = buckets.size() - known.size();
        String gapNote = gaps == 0 ? "" : " " + ui.t("trends.chart.gaps", gaps);
        var highest = known.stream().max(java.util.Comparator.comparingLong(TrendSeries.Bucket::count)).orElseThrow();
        var lowest = known.stream().min(java.util.Comparator.comparingLong(TrendSeries.Bucket::count)).orElseThrow();
        if (publicView) {
            return ui.t("trends.chart.descPublic", first, last, TrendFormat.bucket(highest.start(), g, locale),
                    shown(highest.count(), ui), SmallCountSuppression.THRESHOLD) + gapNote;
        }
        return ui.t("trends.chart.desc", TrendFormat.number(series.total(), locale), first, last,
                TrendFormat.bucket(highest.start(), g, locale), TrendFormat.number(highest.count(), locale),
                TrendFormat.bucket(lowest.start(), g, locale), TrendFormat.number(lowest.count(), locale)) + gapNote;
    }

    /** A count as the public sees it: "fewer than 5" for 1–4. */
    public static String shown(long count, Ui ui) {
        return SmallCountSuppression.suppresses(count)
                ? ui.t("trends.fewerThan", SmallCountSuppression.THRESHOLD) : TrendFormat.number(count, ui.locale());
    }

    private static void grid(StringBuilder svg, long max, int plotWidth, int plotHeight, Locale locale) {
        for (int step = 0; step <= 4; step++) {
            double y = TOP + plotHeight - plotHeight * step / 4.0;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth)
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"").append(FONT).append("\">")
                    .append(Markup.escape(TrendFormat.number(max * step / 4, locale))).append("</text>");
        }
    }

    /** The smallest of 4, 8, 20, 40, 80, 200 … at or above {@code n}, so the four grid steps are round. */
    static long niceMax(long n) {
        long scale = 1;
        while (true) {
            for (long m : new long[]{4, 8, 20}) {
                if (m * scale >= n) {
                    return m * scale;
                }
            }
            scale *= 10;
        }
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
