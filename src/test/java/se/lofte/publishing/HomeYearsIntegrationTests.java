package se.lofte.publishing;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.promises.PromiseFixtures;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

/**
 * The home page lists one year's promises, this year's, with every other year a link away: with every
 * municipality's promises of ten years it would otherwise list thousands.
 */
@ProgressTest
class HomeYearsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void theHomePageShowsThisYearsPromisesAndLinksEveryOtherYear() throws Exception {
        int year = TestYears.next();
        var promise = promises.publish(year, c -> PromiseFixtures.withTitle(c, "Tryggare centrum " + year));
        clock.setDay(LocalDate.of(year, 6, 1));

        Document home = page(mvc, "/");
        assertThat(home.select("h2#year-heading").text()).isEqualTo("Medborgarlöften som börjar " + year);
        assertThat(home.select("#year-heading ~ ul.link-list a").eachAttr("href")).containsExactly(promise.path());
        assertThat(home.select("ul.link-list").text()).contains("Tryggare centrum " + year)
                .doesNotContain("Medborgarlöfte för 2019");
        assertThat(home.select("nav.year-nav a[aria-current=page]").eachAttr("href"))
                .containsExactly("/medborgarloften/" + year);
        assertThat(home.select("nav.year-nav a").eachAttr("href")).contains("/medborgarloften/2019");

        Document seedYear = page(mvc, "/medborgarloften/2019");
        assertThat(seedYear.select("h2#year-heading").text()).isEqualTo("Medborgarlöften som börjar 2019");
        assertThat(seedYear.select("#year-heading ~ ul.link-list a").eachAttr("href"))
                .contains("/kommun/bengtsfors/medborgarlofte/2019").doesNotContain(promise.path());
        assertThat(seedYear.select("nav.year-nav a[aria-current=page]").eachAttr("href"))
                .containsExactly("/medborgarloften/2019");
        assertThat(seedYear.select("nav.year-nav li").eachText()).anySatisfy(t -> assertThat(t).isEqualTo(year + " (ett löfte)"));
    }

    @Test
    void inAYearWithoutPromisesTheHomePageShowsTheLatestYearThatHasThem() throws Exception {
        int year = TestYears.next();
        promises.publish(year, c -> c);
        clock.setDay(LocalDate.of(1990, 6, 1));

        Document home = page(mvc, "/");
        var years = home.select("nav.year-nav a").eachText().stream().map(Integer::valueOf).toList();
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder()).contains(year, 2019);
        assertThat(home.select("h2#year-heading").text()).isEqualTo("Medborgarlöften som börjar " + years.getFirst());
    }

    @Test
    void aYearWithoutPromisesIsNotFound() throws Exception {
        for (String url : new String[]{"/medborgarloften/1999", "/medborgarloften/abc", "/medborgarloften/99999999999"}) {
            var response = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentAsString()).doesNotContain("Exception");
        }
    }
}
