package se.lofte.publishing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.promises.PromiseFixtures;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

/** The national overview narrows every published promise in the country by plain links, and maps them. */
@ProgressTest
class NationalOverviewIntegrationTests {

    private static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aCountyAndAYearListTheSeedPromiseAndAnotherCountyDoesNot() throws Exception {
        Document chosen = page(mvc, "/medborgarloften?lan=Västra Götalands län&ar=2019");
        assertThat(chosen.select("table a").eachAttr("href")).contains(SEED);
        assertThat(chosen.select("#filter-lan option[selected]").text()).startsWith("Västra Götalands län (");
        assertThat(chosen.select("#filter-ar option[selected]").attr("value")).isEqualTo("2019");
        assertThat(chosen.select(".chosen-list a").eachText()).contains("Ta bort län: Västra Götalands län",
                "Ta bort år: 2019", "Visa alla medborgarlöften");
        assertThat(chosen.select(".chosen-list a").eachAttr("href")).contains("/medborgarloften?ar=2019");

        Document other = page(mvc, "/medborgarloften?lan=Skåne län&ar=2019");
        assertThat(other.select("table a").eachAttr("href")).doesNotContain(SEED);
        assertThat(other.select("[role=status]").text()).isEqualTo("Inga medborgarlöften i urvalet");
    }

    @Test
    void theRegionAndTheLocalPoliceAreaAreChoicesToo() throws Exception {
        Document region = page(mvc, "/medborgarloften?polisregion=Polisregion Väst&lpo=LPO Östra Fyrbodal");
        assertThat(region.select("table a").eachAttr("href")).contains(SEED);

        Document elsewhere = page(mvc, "/medborgarloften?polisregion=Polisregion Syd");
        assertThat(elsewhere.select("table a").eachAttr("href")).doesNotContain(SEED);
    }

    @Test
    void aYearListsThatYearsPromisesWithTheirFigures() throws Exception {
        int year = TestYears.next();
        var promise = promises.publish(year, c -> PromiseFixtures.withTitle(c, "Lugnare kvällar " + year));

        Document page = page(mvc, "/medborgarloften?ar=" + year);
        assertThat(page.select("table a").eachAttr("href")).containsExactly(promise.path());
        assertThat(page.select("table a").text()).isEqualTo("Lugnare kvällar " + year);
        // The seed's text in another year: two commitments and three goals.
        assertThat(page.select("#figures-caption ~ tbody tr").eachText()).containsExactly(year + " 1 1 2 3");
        assertThat(page(mvc, "/medborgarloften").select("table a").eachAttr("href")).contains(promise.path(), SEED);
    }

    @Test
    void somethingOtherThanAYearIsSaidAndEveryYearShown() throws Exception {
        Document page = page(mvc, "/medborgarloften?ar=tjugo");

        assertThat(page.select("[role=alert]").text()).isEqualTo(
                "”tjugo” är inget årtal. Skriv året med fyra siffror, till exempel 2019. Alla år visas.");
        assertThat(page.select("table a").eachAttr("href")).contains(SEED);
    }

    @Test
    void theMapFillsTheChosenMunicipalitiesAndIsCachedLikeThePage() throws Exception {
        var response = mvc.perform(get("/medborgarloften/karta.svg?lan=Västra Götalands län&ar=2019"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("image/svg+xml");
        Document svg = Jsoup.parse(response.getContentAsString(), Parser.xmlParser());
        assertThat(svg.select("path")).hasSize(290);
        assertThat(svg.select("path[fill=#0b5394] > title").eachText()).contains("Bengtsfors")
                .doesNotContain("Ystad");
        assertThat(svg.select("svg > desc").text()).endsWith("i urvalet är markerad");

        var first = mvc.perform(get("/medborgarloften")).andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE)).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/medborgarloften").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }
}
