package se.lofte.publishing;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.followup.Verdict;
import se.lofte.promises.Theme;
import se.lofte.testing.ProgressTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.testing.Pages.page;

/**
 * The national overview chooses promises by the themes of their commitments and by the verdicts of their latest
 * published follow-up, combined with the other choices, and counts the share fulfilled per theme and year.
 */
@ProgressTest
class ThemesOverviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aThemeAndAVerdictChooseByCommitmentAndCombineWithCountyAndYear() throws Exception {
        var followedUp = promises.publish(c -> TestPromises.withThemes(c, Theme.TRAFFIC, Theme.YOUTH));
        promises.publishFollowUp(followedUp, List.of(Verdict.FULFILLED, Verdict.NOT_FULFILLED));
        var untagged = promises.publish(c -> TestPromises.withThemes(c, null, Theme.NARCOTICS));
        int year = followedUp.year();

        Document traffic = page(mvc, "/medborgarloften?lan=Västra Götalands län&ar=" + year + "&tema=trafik");
        assertThat(listed(traffic)).containsExactly(followedUp.path());
        assertThat(traffic.select("#filter-tema option[selected]").text()).isEqualTo("Trafik (1)");
        assertThat(traffic.select(".chosen-list a").eachText()).contains("Ta bort tema: Trafik");
        assertThat(traffic.select(".chosen-list a").eachAttr("href"))
                .contains("/medborgarloften?lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n&ar=" + year);

        assertThat(listed(page(mvc, "/medborgarloften?ar=" + year + "&uppfoljning=uppfyllt")))
                .containsExactly(followedUp.path());
        // One commitment must have both: the youth commitment was not fulfilled.
        assertThat(listed(page(mvc, "/medborgarloften?ar=" + year + "&tema=unga&uppfoljning=ej-uppfyllt")))
                .containsExactly(followedUp.path());
        Document excluded = page(mvc, "/medborgarloften?ar=" + year + "&tema=unga&uppfoljning=uppfyllt");
        assertThat(listed(excluded)).isEmpty();
        assertThat(excluded.select("[role=status]").text()).isEqualTo("Inga medborgarlöften i urvalet");
        assertThat(listed(page(mvc, "/medborgarloften?lan=Skåne län&ar=" + year + "&tema=trafik"))).isEmpty();

        Document notStated = page(mvc, "/medborgarloften?ar=" + untagged.year()
                + "&tema=ej-angivet&uppfoljning=ingen");
        assertThat(listed(notStated)).containsExactly(untagged.path());
        assertThat(notStated.select(".chosen-list a").eachText()).contains("Ta bort tema: Ej angivet",
                "Ta bort uppföljning: Inte uppföljt än");
        assertThat(listed(page(mvc, "/medborgarloften?ar=" + untagged.year() + "&uppfoljning=uppfyllt"))).isEmpty();
        assertThat(page(mvc, "/medborgarloften?ar=" + untagged.year()).select("#filter-uppfoljning option")
                .eachText()).containsExactly("Alla", "Uppfyllt (0)", "Delvis uppfyllt (0)", "Ej uppfyllt (0)",
                "Kan inte bedömas (0)", "Inte uppföljt än (1)");

        Document promisePage = page(mvc, followedUp.path());
        assertThat(promisePage.select(".commitments .theme").eachText()).containsExactly("Tema: Trafik", "Tema: Unga");
        assertThat(promisePage.select(".commitments .theme a").first().attr("href"))
                .isEqualTo("/medborgarloften?tema=trafik");
        assertThat(page(mvc, untagged.path()).select(".commitments .theme").eachText())
                .containsExactly("Tema: Narkotika");

        Document english = page(mvc, "/medborgarloften?lang=en&ar=" + year + "&tema=vald-i-offentlig-miljo");
        assertThat(listed(english)).isEmpty();
        assertThat(english.select(".chosen-list a").eachText()).contains("Remove theme: Violence in public places");
    }

    @Test
    void theShareFulfilledIsCountedPerThemeAndYearWithAShareOnlyFromFiveFollowedUp() throws Exception {
        var promise = promises.publish(c -> TestPromises.withThemes(c, Theme.TRAFFIC, Theme.TRAFFIC, Theme.TRAFFIC,
                Theme.TRAFFIC, Theme.TRAFFIC, null));
        promises.publishFollowUp(promise, List.of(Verdict.FULFILLED, Verdict.PARTLY_FULFILLED, Verdict.FULFILLED,
                Verdict.NOT_FULFILLED, Verdict.FULFILLED, Verdict.FULFILLED));

        Document page = page(mvc, "/medborgarloften?ar=" + promise.year());
        assertThat(page.select("#themes-caption").text())
                .isEqualTo("Andel uppfyllda åtaganden per tema och år, i urvalet");
        assertThat(page.select("#themes-caption ~ tbody tr").eachText()).containsExactly(
                "Trafik " + promise.year() + " 5 5 3 av 5 uppfyllda (60 %)",
                "Ej angivet " + promise.year() + " 1 1 1 av 1 uppfyllda");

        Document youth = page(mvc, "/medborgarloften?ar=" + promise.year() + "&tema=unga");
        assertThat(youth.select("#themes-caption")).isEmpty();
        assertThat(youth.select(".overview-figures").text()).contains("Inga siffror");
    }

    @Test
    void aChangedThemeShowsAtOnceOnTheKeptOverview() throws Exception {
        var promise = promises.publish(c -> TestPromises.withThemes(c, Theme.TRAFFIC));
        assertThat(themeRows(page(mvc, "/medborgarloften"), promise.year())).containsExactly("Trafik "
                + promise.year() + " 1 0 Inte uppföljda än");

        promises.revise(promise.id(), c -> TestPromises.withThemes(c, Theme.HOUSING_AREAS));

        assertThat(themeRows(page(mvc, "/medborgarloften"), promise.year())).containsExactly("Bostadsområden "
                + promise.year() + " 1 0 Inte uppföljda än");
    }

    private static List<String> listed(Document page) {
        return page.select("#list-caption ~ tbody a").eachAttr("href");
    }

    private static List<String> themeRows(Document page, int year) {
        return page.select("#themes-caption ~ tbody tr").eachText().stream().filter(r -> r.contains(" " + year + " "))
                .toList();
    }
}
