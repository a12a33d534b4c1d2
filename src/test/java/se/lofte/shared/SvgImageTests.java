package se.lofte.shared;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgImageTests {

    @Test
    void anImageIsNamedByItsTitleAndDescribedByItsDescription() {
        var svg = Jsoup.parse(SvgImage.open("chart", "400 220", "trend-1", "Anmälda brott", "Fler i maj.") + "</svg>",
                "", Parser.xmlParser()).selectFirst("svg");

        assertThat(svg.attr("class")).isEqualTo("chart");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 400 220");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("trend-1-title trend-1-desc");
        assertThat(svg.select("title#trend-1-title").text()).isEqualTo("Anmälda brott");
        assertThat(svg.select("desc#trend-1-desc").text()).isEqualTo("Fler i maj.");
    }

    @Test
    void markupInTheIdTitleOrDescriptionStaysText() {
        String open = SvgImage.open("chart", "400 220", "g\"><script>", "<b>titel</b>", "a & b").toString();

        assertThat(open).doesNotContain("<script>", "<b>").contains("g&quot;&gt;&lt;script&gt;-title",
                "&lt;b&gt;titel&lt;/b&gt;", "a &amp; b");
    }
}
