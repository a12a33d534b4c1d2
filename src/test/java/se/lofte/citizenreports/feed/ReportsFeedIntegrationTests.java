package se.lofte.citizenreports.feed;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.citizenreports.Submission;
import se.lofte.organisations.Organisations;
import se.lofte.publishing.AtomRules;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Atom feed of a municipality's published citizen reports: valid Atom (RFC 4287's schema and the rules a
 * grammar cannot state, as for the promises' feeds), only published text, the status and answer once given,
 * kept like the other feeds until a report changes and answered with 304 when unchanged, without a cookie.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportsFeedIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CitizenReports reports;
    @Autowired
    CitizenReportModeration moderation;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Value("${lofte.feeds.tag-date}")
    String tagDate;

    StaffMember moderator;

    @BeforeEach
    void aModeratorOfBengtsfors() {
        moderator = staff.member("feed.moderator", organisations.municipalityBySlug("bengtsfors").orElseThrow().id(),
                Role.EDITOR);
    }

    @Test
    void theFeedCarriesPublishedReportsWithTheirStatusAndNothingElse() throws Exception {
        String marker = UUID.randomUUID().toString();
        CitizenReportId shown = submit("Trasig gatlampa <vid> skolan & parken " + marker, "Skolgatan");
        CitizenReportId unpublished = submit("Opublicerad rapport " + marker, "Torget");
        assertThat(moderation.publish(moderator, shown, "Trasig gatlampa <vid> skolan & parken " + marker)).isEmpty();
        assertThat(moderation.answer(moderator, shown, ReportStatus.ATGARDAD, "Lampan är lagad.", null)).isEmpty();

        MvcResult result = mvc.perform(get("/kommun/bengtsfors/rapporter.atom")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("public", "max-age=");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
        String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(AtomRules.problems(xml)).isEmpty();
        assertThat(xml).contains("citizen-report/" + shown.value(), "Trasig gatlampa &lt;vid&gt; skolan &amp; parken",
                "Belysning: Skolgatan", "Status: åtgärdad.", "Lampan är lagad.", "xml:lang=\"sv\"",
                "http://localhost:8080/kommun/bengtsfors/rapporter.atom",
                "http://localhost:8080/kommun/bengtsfors/rapporter/" + shown.value() + "\"");
        assertThat(xml).doesNotContain("Opublicerad rapport " + marker, "citizen-report/" + unpublished.value() + "<");

        String etag = result.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/kommun/bengtsfors/rapporter.atom").header("If-None-Match", etag)).andReturn()
                .getResponse().getStatus()).isEqualTo(304);

        // Kept like the other feeds, and dropped when a report is published.
        assertThat(moderation.publish(moderator, unpublished, "Nu publicerad " + marker)).isEmpty();
        String after = mvc.perform(get("/kommun/bengtsfors/rapporter.atom")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Nu publicerad " + marker);
    }

    @Test
    void aMunicipalityWithoutReportsHasAValidEmptyFeedAndAnUnknownOneNone() throws Exception {
        MvcResult empty = mvc.perform(get("/kommun/dals-ed/rapporter.atom")).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        assertThat(AtomRules.problems(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))).isEmpty();
        // Not the time of writing, which would make every writing of an unchanged feed a new one.
        assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<updated>" + tagDate + "-01-01T00:00:00Z</updated>");
        assertThat(mvc.perform(get("/kommun/finns-inte/rapporter.atom")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private CitizenReportId submit(String text, String place) {
        var sent = reports.submit(new NewReport("1460", ReportCategory.BELYSNING, text, null, null, place, null, null,
                null, UUID.randomUUID().toString()), null);
        return ((Submission.Received) sent).id();
    }
}
