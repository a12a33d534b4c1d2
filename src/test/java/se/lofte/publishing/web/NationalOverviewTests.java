package se.lofte.publishing.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.followup.Verdict;
import se.lofte.promises.Theme;

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
    void aChoiceOfOnlyMadeUpPromisesSaysWhyItHasNoFiguresRatherThanThatNothingIsChosen() {
        var examples = NationalOverview.of(ALL, filter("Exempellän", null, null));
        var nothing = NationalOverview.of(ALL, filter("Gotlands län", null, null));

        assertThat(examples.rows()).containsExactly(EXAMPLE_2019);
        assertThat(examples.years()).isEmpty();
        assertThat(examples.themes()).isEmpty();
        assertThat(examples.noFigures()).isEqualTo("sweden.figures.onlyExamples");
        assertThat(nothing.noFigures()).isEqualTo("sweden.figures.none");
    }

    @Test
    void everyChoiceIsALinkThatCanBeTakenAwayAlone() {
        var chosen = NationalOverview.Filter.of(java.util.Map.of("lan", "Västra Götalands län", "polisregion", "",
                "lpo", "  ", "kommun", "Bengtsfors", "ar", "tjugo"), 2019);

        assertThat(chosen.query()).isEqualTo("?lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n&kommun=Bengtsfors&ar=2019");
        assertThat(chosen.without("lan")).isEqualTo("?kommun=Bengtsfors&ar=2019");
        assertThat(chosen.without("ar")).isEqualTo("?lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n&kommun=Bengtsfors");
        assertThat(chosen.region()).isNull();
        assertThat(chosen.localPoliceArea()).isNull();
    }

    @Test
    void aThemeChoosesThePromisesWithACommitmentOfThatTheme() {
        var traffic = themed(2019, false, facts(Theme.TRAFFIC, Verdict.FULFILLED), facts(Theme.YOUTH, null));
        var youth = themed(2019, false, facts(Theme.YOUTH, Verdict.NOT_FULFILLED), facts(null, null));
        var all = List.of(traffic, youth);

        assertThat(NationalOverview.of(all, themeFilter("trafik", null, null)).rows()).containsExactly(traffic);
        assertThat(NationalOverview.of(all, themeFilter("UNGA", null, null)).rows()).hasSize(2);
        assertThat(NationalOverview.of(all, themeFilter(NationalOverview.NO_THEME, null, null)).rows())
                .containsExactly(youth);
        assertThat(NationalOverview.of(all, themeFilter("narkotika", null, null)).rows()).isEmpty();
        assertThat(NationalOverview.of(all, themeFilter("trafik", null, null)).themeChoices())
                .contains(new NationalOverview.Choice("trafik", "theme.TRAFFIC", 1, true),
                        new NationalOverview.Choice("unga", "theme.YOUTH", 2, false),
                        new NationalOverview.Choice("ej-angivet", "theme.none", 1, false));
    }

    @Test
    void aVerdictChoosesThePromisesWithACommitmentJudgedSoAndBothMustHoldForOneCommitment() {
        var traffic = themed(2019, false, facts(Theme.TRAFFIC, Verdict.FULFILLED), facts(Theme.YOUTH, null));
        var youth = themed(2019, false, facts(Theme.YOUTH, Verdict.NOT_FULFILLED), facts(null, null));
        var all = List.of(traffic, youth);

        assertThat(NationalOverview.of(all, themeFilter(null, "uppfyllt", null)).rows()).containsExactly(traffic);
        assertThat(NationalOverview.of(all, themeFilter(null, "ingen", null)).rows()).hasSize(2);
        assertThat(NationalOverview.of(all, themeFilter("unga", "ej-uppfyllt", null)).rows()).containsExactly(youth);
        // The traffic promise's youth commitment was not judged fulfilled: its other commitment was.
        assertThat(NationalOverview.of(all, themeFilter("unga", "uppfyllt", null)).rows()).isEmpty();
        assertThat(NationalOverview.of(all, themeFilter("unga", "uppfyllt", 2020)).rows()).isEmpty();
        assertThat(NationalOverview.of(all, themeFilter("unga", null, null)).verdictChoices())
                .extracting(NationalOverview.Choice::value, NationalOverview.Choice::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("uppfyllt", 0),
                        org.assertj.core.groups.Tuple.tuple("delvis", 0),
                        org.assertj.core.groups.Tuple.tuple("ej-uppfyllt", 1),
                        org.assertj.core.groups.Tuple.tuple("kan-inte-bedomas", 0),
                        org.assertj.core.groups.Tuple.tuple("ingen", 1));
        var unknown = NationalOverview.of(all, themeFilter(null, "kanske", null));
        assertThat(unknown.rows()).isEmpty();
        assertThat(unknown.verdictChoices().getFirst()).isEqualTo(new NationalOverview.Choice("kanske", 0, true));
        assertThat(themeFilter("trafik", "delvis", 2019).query()).isEqualTo("?ar=2019&tema=trafik&uppfoljning=delvis");
    }

    @Test
    void theShareFulfilledIsCountedPerThemeAndYearAndShownFromFiveFollowedUp() {
        var many = themed(2019, false, facts(Theme.TRAFFIC, Verdict.FULFILLED), facts(Theme.TRAFFIC, Verdict.FULFILLED),
                facts(Theme.TRAFFIC, Verdict.FULFILLED), facts(Theme.TRAFFIC, Verdict.PARTLY_FULFILLED),
                facts(Theme.TRAFFIC, Verdict.CANNOT_BE_ASSESSED), facts(Theme.TRAFFIC, null), facts(null, null));
        var few = themed(2020, false, facts(Theme.TRAFFIC, Verdict.FULFILLED), facts(Theme.YOUTH, Verdict.NOT_FULFILLED));
        var example = themed(2019, true, facts(Theme.TRAFFIC, Verdict.NOT_FULFILLED));

        var figures = NationalOverview.of(List.of(many, few, example), themeFilter(null, null, null)).themes();

        assertThat(figures).containsExactly(
                new NationalOverview.ThemeFigures("theme.TRAFFIC", 2020, 1, 1, 1),
                new NationalOverview.ThemeFigures("theme.YOUTH", 2020, 1, 1, 0),
                new NationalOverview.ThemeFigures("theme.TRAFFIC", 2019, 6, 5, 3),
                new NationalOverview.ThemeFigures("theme.none", 2019, 1, 0, 0));
        assertThat(figures.get(2).showsShare()).isTrue();
        assertThat(figures.get(2).percent()).isEqualTo(60);
        assertThat(figures.getFirst().showsShare()).isFalse();
        // A theme chosen counts that theme's commitments only.
        assertThat(NationalOverview.of(List.of(many, few), themeFilter("unga", null, null)).themes())
                .containsExactly(new NationalOverview.ThemeFigures("theme.YOUTH", 2020, 1, 1, 0));
    }

    private static NationalOverview.Filter themeFilter(String theme, String verdict, Integer year) {
        return new NationalOverview.Filter(null, null, null, null, year, theme, verdict);
    }

    private static NationalOverview.CommitmentFacts facts(Theme theme, Verdict verdict) {
        return new NationalOverview.CommitmentFacts(theme, verdict);
    }

    private static NationalOverview.Row themed(int year, boolean example, NationalOverview.CommitmentFacts... facts) {
        return new NationalOverview.Row(List.of("1460"), List.of("Bengtsfors"), List.of("Västra Götalands län"),
                List.of("LPO Östra Fyrbodal"), List.of("Polisregion Väst"), year, "Löfte " + facts.length,
                "/kommun/bengtsfors/" + year, List.of(facts), 1, example);
    }

    private static NationalOverview.Filter filter(String county, String region, Integer year) {
        return new NationalOverview.Filter(county, region, null, null, year, null, null);
    }

    private static NationalOverview.Row row(String code, String municipality, String county, String lpo,
                                            String region, int year, boolean example) {
        return new NationalOverview.Row(List.of(code), List.of(municipality), List.of(county), List.of(lpo),
                List.of(region), year, "Medborgarlöfte " + year, "/kommun/" + municipality.toLowerCase() + "/"
                + year, List.of(new NationalOverview.CommitmentFacts(null, null),
                new NationalOverview.CommitmentFacts(null, null)), 3, example);
    }
}
