package se.lofte.publishing.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NationalOverviewTests {

    private static final NationalOverview.Row BENGTSFORS_2019 = row("1460", "Bengtsfors", "Västra Götalands län",
            "LPO Östra Fyrbodal", "Polisregion Väst", 2019, false);
    private static final NationalOverview.Row BENGTSFORS_2020 = row("1460", "Bengtsfors", "Västra Götalands län",
            "LPO Östra Fyrbodal", "Polisregion Väst", 2020, false);
    private static final NationalOverview.Row YSTAD_2019 = row("1286", "Ystad", "Skåne län", "LPO Ystad",
            "Polisregion Syd", 2019, false);
    private static final NationalOverview.Row EXAMPLE_2019 = row("9999", "Exempelby", "Exempellän",
            "LPO Exempelbygden", "Polisregion Väst", 2019, true);
    private static final List<NationalOverview.Row> ALL = List.of(YSTAD_2019, BENGTSFORS_2019, EXAMPLE_2019,
            BENGTSFORS_2020);

    @Test
    void withoutChoicesEveryPromiseIsListedNewestYearFirst() {
        var overview = NationalOverview.of(ALL, filter(null, null, null));

        assertThat(overview.rows()).containsExactly(BENGTSFORS_2020, BENGTSFORS_2019, EXAMPLE_2019, YSTAD_2019);
        assertThat(overview.filter().any()).isFalse();
        assertThat(overview.filter().query()).isEmpty();
    }

    @Test
    void aCountyAndAYearNarrowTheListWhateverTheCase() {
        var overview = NationalOverview.of(ALL, filter("västra götalands LÄN", null, 2019));

        assertThat(overview.rows()).containsExactly(BENGTSFORS_2019);
        assertThat(overview.chosenCodes()).containsExactly("1460");
    }

    @Test
    void eachChoiceCountsThePromisesTheOtherChoicesLeave() {
        var overview = NationalOverview.of(ALL, filter("Skåne län", null, 2019));

        // Counties are counted within 2019: choosing Västra Götaland instead would show one promise.
        assertThat(overview.counties()).containsExactly(
                new NationalOverview.Choice("Exempellän", 1, false),
                new NationalOverview.Choice("Skåne län", 1, true),
                new NationalOverview.Choice("Västra Götalands län", 1, false));
        // Years are counted within Skåne.
        assertThat(overview.yearChoices()).containsExactly(new NationalOverview.Choice("2019", 1, true));
        assertThat(overview.regions()).extracting(NationalOverview.Choice::value).containsExactly("Polisregion Syd");
    }

    @Test
    void aValueNoPromiseHasIsShownChosenWithNothing() {
        var overview = NationalOverview.of(ALL, filter("Gotlands län", null, null));

        assertThat(overview.rows()).isEmpty();
        assertThat(overview.counties().getFirst()).isEqualTo(new NationalOverview.Choice("Gotlands län", 0, true));
        assertThat(overview.years()).isEmpty();
    }

    @Test
    void madeUpMunicipalitiesAreListedButNeitherCountedNorDrawn() {
        var overview = NationalOverview.of(ALL, filter(null, "polisregion väst", 2019));

        assertThat(overview.rows()).containsExactly(BENGTSFORS_2019, EXAMPLE_2019);
        assertThat(overview.years()).containsExactly(new NationalOverview.YearFigures(2019, 1, 1, 2, 3));
        assertThat(overview.chosenCodes()).containsExactly("1460");
    }

    @Test
    void everyChoiceIsALinkThatCanBeTakenAwayAlone() {
        var chosen = new NationalOverview.Filter("Västra Götalands län", "", "  ", "Bengtsfors", 2019);

        assertThat(chosen.query()).isEqualTo("?lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n&kommun=Bengtsfors&ar=2019");
        assertThat(chosen.without("lan")).isEqualTo("?kommun=Bengtsfors&ar=2019");
        assertThat(chosen.without("ar")).isEqualTo("?lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n&kommun=Bengtsfors");
        assertThat(chosen.region()).isNull();
        assertThat(chosen.localPoliceArea()).isNull();
    }

    private static NationalOverview.Filter filter(String county, String region, Integer year) {
        return new NationalOverview.Filter(county, region, null, null, year);
    }

    private static NationalOverview.Row row(String code, String municipality, String county, String lpo,
                                            String region, int year, boolean example) {
        return new NationalOverview.Row(List.of(code), List.of(municipality), List.of(county), List.of(lpo),
                List.of(region), year, "Medborgarlöfte " + year, "/kommun/" + municipality.toLowerCase() + "/"
                + year, 2, 3, example);
    }
}
