package se.lofte.publishing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressPoint;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.Markup;
import se.lofte.shared.SvgImage;
import se.lofte.shared.Ui;

/**
 * A numeric goal's value over time against its target line and deadline, drawn on the server as SVG: it
 * needs no script, scales with its viewBox to a phone's width, and says in its title and description what it
 * shows. The values are also in a table beside it. The value is drawn as steps, because a count stays what it
 * was until it is counted again. Colours are presentation attributes, so the chart keeps them wherever it is
 * shown, and keep at least 3:1 against white.
 */
public final class GoalChart {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 190;
    private static final int LEFT = 36;
    private static final int RIGHT = 64;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;
    private static final int FONT = 12;
    private static final String VALUE = "#0b5394";   // 7.6:1 on white
    private static final String TARGET = "#b35c00";  // 4.6:1 on white
    private static final String TEXT = "#1b1b1b";
    private static final String GRID = "#b1b4b6";

    private GoalChart() {
    }

    /**
     * {@code id} makes the title and description ids unique on the page; it is made from a goal's key, which a
     * published revision may hold in any form, so it is escaped like text. {@code from} is the promise's start.
     */
    public static String svg(GoalProgress progress, PromiseContent.NumericTarget target, LocalDate from, String id,
                             Ui ui) {
        List<ProgressPoint> series = progress.series();
        LocalDate start = series.isEmpty() || !series.getFirst().date().isBefore(from) ? from : series.getFirst().date();
        LocalDate end = target.deadline();
        if (!series.isEmpty() && series.getLast().date().isAfter(end)) {
            end = series.getLast().date();
        }
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        double max = niceMax(series.stream().map(ProgressPoint::value)
                .reduce(target.baseline() == null ? target.target() : target.target().max(target.baseline()),
                        BigDecimal::max).doubleValue());
        var plot = new Plot(start, end, max);

        StringBuilder svg = SvgImage.open("chart goal-chart", WIDTH + " " + HEIGHT, id,
                ui.t("public.progress.chart.title", target.indicator()), description(progress, target, ui));
        for (int step = 0; step <= 4; step++) {
            double value = max * step / 4;
            double y = plot.y(value);
            line(svg, LEFT, y, WIDTH - RIGHT, y, GRID, 1, null);
            text(svg, LEFT - 6, y + 4, "end", TEXT, ui.number(BigDecimal.valueOf(value)));
        }
        double targetY = plot.y(target.target().doubleValue());
        line(svg, LEFT, targetY, WIDTH - RIGHT, targetY, TARGET, 2, "6 4");
        text(svg, WIDTH - RIGHT + 4, targetY + 4, "start", TARGET,
                ui.t("public.progress.chart.target", ui.number(target.target())));
        double deadlineX = plot.x(target.deadline());
        line(svg, deadlineX, TOP, deadlineX, HEIGHT - BOTTOM, TEXT, 1, "2 3");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", ui.locale());
        text(svg, LEFT, HEIGHT - BOTTOM + 18, "start", TEXT, day.format(start));
        text(svg, deadlineX, HEIGHT - BOTTOM + 18, "end", TEXT,
                ui.t("public.progress.chart.deadline") + " " + day.format(target.deadline()));
        if (!series.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < series.size(); i++) {
                double x = plot.x(series.get(i).date());
                double y = plot.y(series.get(i).value().doubleValue());
                path.append(i == 0 ? "M" + f(x) + " " + f(y) : "H" + f(x) + "V" + f(y));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(VALUE)
                    .append("\" stroke-width=\"2.5\"/>");
            for (ProgressPoint point : series) {
                svg.append("<circle cx=\"").append(f(plot.x(point.date()))).append("\" cy=\"")
                        .append(f(plot.y(point.value().doubleValue()))).append("\" r=\"3.5\" fill=\"").append(VALUE)
                        .append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    static String description(GoalProgress progress, PromiseContent.NumericTarget target, Ui ui) {
        Locale locale = ui.locale();
        String goal = GoalWords.target(target, ui);
        String deadline = Dates.day(target.deadline(), locale);
        if (progress.series().isEmpty()) {
            return ui.t("public.progress.chart.descEmpty", goal, deadline);
        }
        ProgressPoint first = progress.series().getFirst();
        ProgressPoint last = progress.series().getLast();
        return ui.t("public.progress.chart.desc", ui.number(first.value()), Dates.day(first.date(), locale),
                ui.number(last.value()), Dates.day(last.date(), locale), goal, deadline);
    }

    /** The smallest of 4, 8, 20, 40, 80, 200 … at or above {@code n}, so that the four grid steps are round. */
    static double niceMax(double n) {
        double scale = Math.pow(10, Math.floor(Math.log10(Math.max(n, 1e-9) / 4)));
        while (true) {
            for (double m : new double[]{4, 8, 20}) {
                if (m * scale >= n) {
                    return m * scale;
                }
            }
            scale *= 10;
        }
    }

    private record Plot(LocalDate start, LocalDate end, double max) {

        double x(LocalDate date) {
            double days = ChronoUnit.DAYS.between(start, end);
            return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(start, date) / days;
        }

        double y(double value) {
            double height = HEIGHT - TOP - BOTTOM;
            return TOP + height - height * value / max;
        }
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double width,
                             String dashes) {
        svg.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
                .append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(f(width)).append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String colour, String text) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(FONT).append("\" fill=\"").append(colour)
                .append("\">").append(Markup.escape(text)).append("</text>");
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
