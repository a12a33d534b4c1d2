package se.lofte.publishing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.OneConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class ShareMetaIntegrationTests {

    static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";

    @Autowired
    MockMvc mvc;
    @Value("${lofte.base-url}")
    String baseUrl;

    @Test
    void thePromisePageTellsLinkPreviewsItsTitleTextAndImageWithAbsoluteAddresses() throws Exception {
        Document page = page(mvc, SEED + "/version/1");

        assertThat(meta(page, "og:title")).isEqualTo("Medborgarlöfte för 2019 – Bengtsfors kommun");
        assertThat(meta(page, "og:description")).startsWith("Under 2019 lovar polisen och kommunen");
        assertThat(meta(page, "og:url")).isEqualTo(baseUrl + SEED);
        assertThat(meta(page, "og:image")).isEqualTo(baseUrl + SEED + "/delningsbild.png");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "og:image:alt")).startsWith("Delningsbild för Medborgarlöfte för 2019: "
                + "Bengtsfors kommun · LPO Östra Fyrbodal.");
        assertThat(meta(page, "og:locale")).isEqualTo("sv_SE");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        for (String property : new String[]{"og:url", "og:image"}) {
            URI address = URI.create(meta(page, property));
            assertThat(address.isAbsolute()).as(property).isTrue();
            assertThat(address.getHost()).as(property).isNotBlank();
        }
        byte[] image = mvc.perform(get(URI.create(meta(page, "og:image")).getPath())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/share-image-seed.png"), image);
        assertThat(ShareCardTests.read(image).getWidth()).isEqualTo(1200);
    }

    @Test
    void theEnglishPageKeepsTheSwedishPreview() throws Exception {
        Document page = page(mvc, SEED + "?lang=en");

        assertThat(meta(page, "og:locale")).isEqualTo("sv_SE");
        assertThat(page.select("link[type=application/atom+xml]").attr("title"))
                .isEqualTo("News about Medborgarlöfte för 2019 (Atom)");
    }

    @Test
    void anUnknownPromiseHasNoShareImage() throws Exception {
        mvc.perform(get("/kommun/bengtsfors/medborgarlofte/1999/delningsbild.png")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/atlantis/medborgarlofte/2019/delningsbild.png")).andExpect(status().isNotFound());
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
