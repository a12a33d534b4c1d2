package se.lofte.publishing;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.OneConnection;
import se.lofte.testing.SeedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class PublicPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSeedPromisePageHoldsEverySentenceOfTheSeed() throws Exception {
        Document page = page(mvc, "/kommun/bengtsfors/medborgarlofte/2019");
        String text = SeedText.normalise(page.body().text());
        assertThat(SeedText.sentences()).hasSizeGreaterThan(15).allSatisfy(s -> assertThat(text).contains(s));
    }

    @Test
    void theSeedSectionsComeInTheSeedsOrder() throws Exception {
        Document page = page(mvc, "/kommun/bengtsfors/medborgarlofte/2019");
        assertThat(page.select("article h2").eachText()).containsSubsequence("Situationen idag",
                "Det här ska vi göra", "Det här ska vi åstadkomma tillsammans", "Följ med i hur det går!");
        assertThat(page.select("ol.commitments > li")).hasSize(2);
        assertThat(page.select("ul.goals > li")).hasSize(3);
        assertThat(page.select("h1").text()).isEqualTo("Medborgarlöfte för 2019");
    }

    @Test
    void promiseAndMunicipalityPagesLeadToTheirSubscriptionsAndFeeds() throws Exception {
        Document promise = page(mvc, "/kommun/bengtsfors/medborgarlofte/2019");
        assertThat(promise.select("section[aria-labelledby=follow] a").eachAttr("href")).contains(
                "/kommun/bengtsfors/medborgarlofte/2019/prenumerera", "/kommun/bengtsfors/medborgarlofte/2019/flode.atom");
        Document municipality = page(mvc, "/kommun/bengtsfors");
        assertThat(municipality.select("p.follow-links a").eachAttr("href"))
                .containsExactly("/kommun/bengtsfors/prenumerera", "/kommun/bengtsfors/flode.atom");
        for (String path : List.of("/kommun/bengtsfors/medborgarlofte/2019/prenumerera", "/kommun/bengtsfors/prenumerera")) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void theMunicipalityPageLeadsToTheWaysResidentsTakePart() throws Exception {
        Document municipality = page(mvc, "/kommun/bengtsfors");
        assertThat(municipality.select("h2").eachText()).contains("Medborgardialog");
        assertThat(municipality.select("ul.dialogue-links a").eachAttr("href")).containsExactly(
                "/kommun/bengtsfors/rapportera", "/kommun/bengtsfors/rapporter", "/kommun/bengtsfors/dialog");
        for (String path : List.of("/kommun/bengtsfors/rapportera", "/kommun/bengtsfors/rapporter",
                "/kommun/bengtsfors/dialog")) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void promisesAreListedByYearAndMunicipalitiesFound() throws Exception {
        Document year = page(mvc, "/medborgarloften/2019");
        assertThat(year.select("a[href=/kommun/bengtsfors/medborgarlofte/2019]")).isNotEmpty();
        mvc.perform(get("/kommun").param("q", "bengtsf")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/kommun/bengtsfors"));
        // Sweden's 290, beside the made-up ones other tests add to a shared database (marked "Exempel").
        assertThat(page(mvc, "/kommun").select("ul.columns li:not(:has(.badge))")).hasSize(290);
        Document municipality = page(mvc, "/kommun/bengtsfors");
        assertThat(municipality.text()).contains("LPO Östra Fyrbodal", "Medborgarlöfte för 2019");
    }

    @Test
    void englishSwitchTranslatesTheFrameButKeepsTheSwedishText() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/kommun/bengtsfors/medborgarlofte/2019").param("lang", "en"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.text()).contains("What we will do", "Last updated", "Polisen och kommunen ska öka");
        assertThat(page.select("h1").attr("lang")).isEqualTo("sv");
    }

    @Test
    void unknownPlacesAreNotFoundPagesWithoutInternals() throws Exception {
        for (String url : new String[]{"/kommun/atlantis", "/kommun/bengtsfors/medborgarlofte/1999",
                "/kommun/bengtsfors/medborgarlofte/abc", "/kommun/bengtsfors/medborgarlofte/2019/version/9"}) {
            var response = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at se.lofte");
        }
    }

    @Test
    void thePrintViewAppliesThePrintStylesheet() throws Exception {
        Document page = page(mvc, "/kommun/bengtsfors/medborgarlofte/2019?utskrift=1");
        assertThat(page.select("link[href^=/css/print-]").attr("media")).isEqualTo("all");
        assertThat(page(mvc, "/kommun/bengtsfors/medborgarlofte/2019").select("a[data-print]").text()).isEqualTo("Skriv ut");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        var language = response.getCookie("lofte-lang");
        assertThat(language).isNotNull();
        assertThat(language.isHttpOnly()).isTrue();
        assertThat(language.getAttribute("SameSite")).isEqualTo("Lax");
    }
}
