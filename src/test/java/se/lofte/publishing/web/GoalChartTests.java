package se.lofte.publishing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressPoint;

import static org.assertj.core.api.Assertions.assertThat;

class GoalChartTests {

    private static final LocalDate START = LocalDate.of(2019, 1, 1);

    @Test
    void drawsTheValuesAsStepsUnderTheTargetLineAndSaysSoInWords() {
        var progress = GoalWordsTests.progress("5", GoalStatus.REACHED, LocalDate.of(2019, 11, 14),
                new ProgressPoint(LocalDate.of(2019, 1, 1), BigDecimal.ZERO),
                new ProgressPoint(LocalDate.of(2019, 6, 1), BigDecimal.valueOf(3)),
                new ProgressPoint(LocalDate.of(2019, 11, 14), BigDecimal.valueOf(5)));
        var svg = Jsoup.parse(GoalChart.svg(progress, GoalWordsTests.AT_LEAST_FIVE, START, "chart-g1",
                GoalWordsTests.ui(Locale.of("sv"))), "", Parser.xmlParser());

        assertThat(svg.select("svg").attr("role")).isEqualTo("img");
        assertThat(svg.select("svg").attr("aria-labelledby")).isEqualTo("chart-g1-title chart-g1-desc");
        assertThat(svg.select("title").text()).isEqualTo("Utvecklingen mot målet: Lagförda individer");
        assertThat(svg.select("desc").text()).isEqualTo("Värdet har gått från 0 den 1 januari 2019 till 5 den"
                + " 14 november 2019. Målet är minst 5 individer senast 31 december 2019.");
        assertThat(svg.select("circle")).hasSize(3);
        // One step per later value: across to its day, then up to it.
        assertThat(svg.select("path").attr("d")).matches("M[\\d.]+ [\\d.]+H[\\d.]+V[\\d.]+H[\\d.]+V[\\d.]+");
        assertThat(svg.select("text").eachText()).contains("Mål 5", "0", "8");
        double targetY = Double.parseDouble(svg.select("line[stroke-dasharray=6 4]").attr("y1"));
        double lastY = Double.parseDouble(svg.select("circle").last().attr("cy"));
        assertThat(lastY).isEqualTo(targetY);
    }

    @Test
    void aGoalWithoutValuesStillShowsItsTargetAndSaysThereAreNone() {
        var progress = GoalWordsTests.progress(null, GoalStatus.NOT_MEASURABLE, null);
        var svg = Jsoup.parse(GoalChart.svg(progress, GoalWordsTests.AT_LEAST_FIVE, START, "c",
                GoalWordsTests.ui(Locale.ENGLISH)), "", Parser.xmlParser());
        assertThat(svg.select("desc").text())
                .isEqualTo("There are no values yet. The target is at least 5 individer by 31 December 2019.");
        assertThat(svg.select("path")).isEmpty();
        assertThat(svg.select("text").eachText()).contains("Target 5");
    }

    /** A published revision may hold a goal key from before keys were checked; the chart's ids are made from it. */
    @Test
    void anIdHoldingMarkupIsWrittenAsText() {
        String key = "x\"><b class=INJ>i<img src=x onerror=alert(1)>";
        var progress = GoalWordsTests.progress(null, GoalStatus.NOT_MEASURABLE, null);
        String svg = GoalChart.svg(progress, GoalWordsTests.AT_LEAST_FIVE, START, "chart-" + key,
                GoalWordsTests.ui(Locale.of("sv")));
        for (var page : List.of(Jsoup.parse(svg, "", Parser.xmlParser()), Jsoup.parse(svg))) {
            assertThat(page.select("b, img, [onerror]")).isEmpty();
            assertThat(page.select("svg")).hasSize(1);
            assertThat(page.select("title").attr("id")).isEqualTo("chart-" + key + "-title");
            assertThat(page.select("desc").attr("id")).isEqualTo("chart-" + key + "-desc");
            assertThat(page.select("svg").attr("aria-labelledby"))
                    .isEqualTo("chart-" + key + "-title chart-" + key + "-desc");
        }
    }

    @Test
    void theScaleEndsOnARoundNumberAtOrAboveTheHighestValue() {
        assertThat(GoalChart.niceMax(5)).isEqualTo(8);
        assertThat(GoalChart.niceMax(8)).isEqualTo(8);
        assertThat(GoalChart.niceMax(30)).isEqualTo(40);
        assertThat(GoalChart.niceMax(0.3)).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(GoalChart.niceMax(0)).isPositive();
    }
}
