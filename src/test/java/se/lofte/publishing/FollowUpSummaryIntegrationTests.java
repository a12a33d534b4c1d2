package se.lofte.publishing;

import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The published joint follow-up's summary where a promise travels to other sites: the widget (frame and
 * fragment), and the share image with its text alternative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpSummaryIntegrationTests {

    @Autowired
    MockMvc mvc;
    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void theWidgetAndTheShareImageSayHowTheFollowUpWent() throws Exception {
        var promise = promises.publish(c -> c);
        int goals = promises.latest(promise.id()).content().goals().size();
        String summary = "Uppföljning: " + goals + " av " + goals + " mål nådda";
        String widget = "/widget" + promise.path();
        byte[] imageBefore = bytes(promise.path() + "/delningsbild.png");
        assertThat(text(widget)).doesNotContain("Uppföljning:");
        assertThat(shareAlt(promise.path())).doesNotContain("Uppföljning:");

        promises.publishFollowUp(promise);

        assertThat(Jsoup.parse(text(widget)).select(".lofte-followup").text()).contains(summary);
        assertThat(Jsoup.parse(text(widget + ".html")).select(".lofte-followup").text()).contains(summary);
        assertThat(shareAlt(promise.path())).contains(summary);
        assertThat(Arrays.equals(bytes(promise.path() + "/delningsbild.png"), imageBefore))
                .as("the share image is drawn again with the summary").isFalse();
    }

    private String shareAlt(String path) throws Exception {
        return Jsoup.parse(text(path)).select("meta[property=og:image:alt]").attr("content");
    }

    private String text(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] bytes(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }
}
