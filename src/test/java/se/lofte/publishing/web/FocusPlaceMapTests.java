package se.lofte.publishing.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.lofte.organisations.OrganisationId;
import se.lofte.places.AreaKind;
import se.lofte.places.PlaceShape;
import se.lofte.shared.Ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FocusPlaceMapTests {

    private static final Ui SV = ui(Locale.of("sv"));

    /** A square of about 1.1 km by 1.1 km at Bengtsfors' latitude (0.02° of longitude, 0.01° of latitude). */
    private static final PlaceShape TORGET = new PlaceShape(PlaceShape.Type.AREA, 1, new OrganisationId(1), "Torget",
            AreaKind.DISTRICT, "POLYGON ((12.20 59.02, 12.22 59.02, 12.22 59.03, 12.20 59.03, 12.20 59.02))",
            12.20, 59.02, 12.22, 59.03);
    private static final PlaceShape STORGATAN = new PlaceShape(PlaceShape.Type.SEGMENT, 2, new OrganisationId(1),
            "Storgatan", null, "LINESTRING (12.19 59.025, 12.23 59.026)", 12.19, 59.025, 12.23, 59.026);

    @Test
    void theMapDrawsEveryShapeWithTheNamesAScaleBarAndWordsForWhatItShows() {
        var places = List.of(new FocusPlaceMap.Place("Torget <b>", List.of(TORGET)),
                new FocusPlaceMap.Place("Storgatan", List.of(STORGATAN)));
        String svg = FocusPlaceMap.svg(places, "map", SV);
        var doc = Jsoup.parse(svg, Parser.xmlParser());

        assertThat(doc.select("path[fill-rule=evenodd]")).hasSize(1);
        assertThat(doc.select("path[fill=none][stroke-linecap=round]")).hasSize(1);
        assertThat(doc.select("text").eachText()).contains("Torget <b>", "Storgatan", "500 m");
        assertThat(svg).doesNotContain("<b>");
        assertThat(doc.selectFirst("title").text()).isEqualTo("Karta över platserna i fokus");
        assertThat(doc.selectFirst("desc").text())
                .contains("Torget <b> (ett område, inga gator)", "Storgatan (inga områden, en gatusträcka)", "500 m");
    }

    @Test
    void theScaleBarIsTrueToTheProjection() {
        // 0.04° of longitude at 59.025° N is 2.29 km: the map's 552 inner units span it.
        String svg = FocusPlaceMap.svg(List.of(new FocusPlaceMap.Place("Storgatan", List.of(STORGATAN))), "m", SV);
        Matcher bar = Pattern.compile("<path d=\"M([\\d.]+) [\\d.]+V[\\d.]+H([\\d.]+)V").matcher(svg);
        assertThat(bar.find()).isTrue();
        double units = Double.parseDouble(bar.group(2)) - Double.parseDouble(bar.group(1));
        double metresPerUnit = 2 * Math.PI * 6_371_008.8 / 360 * 0.04 * Math.cos(Math.toRadians(59.0255)) / 552;
        assertThat(units * metresPerUnit).isCloseTo(500, within(5.0));
    }

    @Test
    void roundLengthsAndTheirWords() {
        assertThat(FocusPlaceMap.niceLength(740)).isEqualTo(500);
        assertThat(FocusPlaceMap.niceLength(1999)).isEqualTo(1000);
        assertThat(FocusPlaceMap.niceLength(2000)).isEqualTo(2000);
        assertThat(FocusPlaceMap.niceLength(37)).isEqualTo(20);
        assertThat(FocusPlaceMap.scaleLabel(500, SV)).isEqualTo("500 m");
        assertThat(FocusPlaceMap.scaleLabel(2000, SV)).isEqualTo("2 km");
        assertThat(FocusPlaceMap.scaleLabel(1500, SV)).isEqualTo("1,5 km");
        assertThat(FocusPlaceMap.scaleLabel(1500, ui(Locale.ENGLISH))).isEqualTo("1.5 km");
    }

    @Test
    void aPlaceWithoutShapesIsNamedButNotDrawn() {
        var places = List.of(new FocusPlaceMap.Place("Tomt", List.of()));
        assertThat(FocusPlaceMap.drawable(places)).isFalse();
        assertThat(FocusPlaceMap.drawable(List.of(new FocusPlaceMap.Place("Torget", List.of(TORGET))))).isTrue();
    }

    private static Ui ui(Locale locale) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/publishing-report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Ui(locale, messages, "/", () -> "_csrf", () -> "", null, path -> path);
    }
}
