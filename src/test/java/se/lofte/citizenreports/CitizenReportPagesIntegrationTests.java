package se.lofte.citizenreports;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.OneConnection;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents' reports through HTTP, from the form to the lägesbild: a personal identity number refused with all
 * that was typed kept, the robot's field, a resent form, "Samma sak?", moderation (publish, merge, answer with
 * its mail, hide) and the public pages, and the report on the lägesbild map. Each test makes its own reports, since
 * the PostgreSQL pass shares one database between test classes.
 */
@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class CitizenReportPagesIntegrationTests {

    private static final String FORM = "/kommun/bengtsfors/rapportera";

    @RegisterExtension
    final ReportPlaces district = new ReportPlaces().area("bengtsfors", "Medborgarrapporternas centrum", 12.30, 59.10,
            12.36, 59.16);
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    CitizenReports reports;

    Organisation bengtsfors;

    @BeforeEach
    void staffOfBengtsforsAndAmal() {
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        staff.member("crpages.redaktor", bengtsfors.id(), Role.EDITOR);
        staff.member("crpages.amal", staff.municipality("amal"), Role.EDITOR);
    }

    @Test
    void theFormIsServedInSwedishAndEnglish() throws Exception {
        // That it sets no cookie is checked through the real server in SessionlessResidentsIntegrationTests (here a
        // MockMvc csrf() elsewhere in the context may have swapped the token repository for a session one).
        mvc.perform(get(FORM))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Rapportera ett problem i Bengtsfors</h1>"),
                        containsString("enctype=\"multipart/form-data\""), containsString("name=\"website\""),
                        containsString("value=\"storande-trafik\""), containsString("Medborgarrapporternas centrum"),
                        containsString("data-point-map"))));
        mvc.perform(get(FORM).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Report a problem in Bengtsfors</h1>")));
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAtItsFieldWithEverythingTypedKept() throws Exception {
        String key = UUID.randomUUID().toString();
        String text = "Mannen med personnummer 19121212-1212 kör för fort & tutar " + key;
        mvc.perform(send(key, "storande-trafik", text).param("placeInWords", "Storgatan <12>")
                        .param("partOfDay", "kvall").param("weekday", "fredag").param("email", "anna@example.se"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"description-error\">Ta bort personnumret."),
                        containsString("en bild som du har valt kan behöva väljas igen"),
                        containsString("19121212-1212 kör för fort &amp; tutar " + key + "</textarea>"),
                        containsString("value=\"Storgatan &lt;12"),
                        containsString("value=\"anna@example.se\""),
                        containsString("value=\"" + key + "\""),
                        containsString("value=\"storande-trafik\" checked"),
                        containsString("value=\"kvall\" checked"),
                        containsString("value=\"fredag\" checked"))));
        assertThat(rows(key)).isZero();
    }

    @Test
    void aChosenPhotoMustBeChosenAgainWhenTheFormComesBack() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(multipart(FORM).file(new MockMultipartFile("photo", "bild.png", "image/png",
                                CitizenReportsIntegrationTests.png()))
                        .param("key", key).param("category", "belysning").param("description", "").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Välj bilden igen")));
        assertThat(rows(key)).isZero();
    }

    @Test
    void theRobotsFieldStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(send(key, "annat", "Köp billiga klockor").param("placeInWords", "Torget").param("website", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tack för din rapport")));
        assertThat(rows(key)).isZero();
    }

    @Test
    void aResentFormLandsOnTheSameReceiptAndIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(send(key, "belysning", "Lampan vid tunneln är trasig.").param("placeInWords", "Tunneln"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(FORM + "/kvitto/" + key));
        }
        assertThat(rows(key)).isOne();
        long id = jdbc.sql("select id from citizen_report where submission_key = ?").param(key).query(Long.class).single();
        mvc.perform(get(FORM + "/kvitto/" + key))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Din rapport har nummer " + id + ".")));
    }

    @Test
    void sammaSakOffersTheOpenReportNearbyAndCountsTheResidentThereWithoutStoringAReport() throws Exception {
        long near = publishedAt(59.120, 12.330, "nedskrapning", "Överfulla soptunnor vid busshållplatsen.");

        String key = UUID.randomUUID().toString();
        mvc.perform(send(key, "nedskrapning", "Skräp överallt vid hållplatsen.").param("latitude", "59,1205")
                        .param("longitude", "12.3302"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Samma sak?</h1>"),
                        containsString("Överfulla soptunnor vid busshållplatsen."),
                        containsString("name=\"report\" value=\"" + near + "\""),
                        containsString("name=\"anyway\" value=\"1\""),
                        containsString("name=\"description\" value=\"Skräp överallt vid hållplatsen.\""))));
        assertThat(rows(key)).isZero();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(FORM + "/samma-sak").with(csrf()).param("key", key).param("report", Long.toString(near)))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(FORM + "/samma-sak/" + near));
        }
        assertThat(rows(key)).isZero();
        assertThat(reports.supporters(new CitizenReportId(near))).isOne();
        mvc.perform(get("/kommun/bengtsfors/rapporter/" + near))
                .andExpect(content().string(containsString("<dd>1</dd>")));

        String other = UUID.randomUUID().toString();
        mvc.perform(send(other, "nedskrapning", "Något annat här.").param("latitude", "59.1205")
                        .param("longitude", "12.3302").param("anyway", "1"))
                .andExpect(status().isFound());
        assertThat(rows(other)).isOne();
    }

    @Test
    void aReportIsModeratedMergedAnsweredAndShownOnTheLagesbildMap() throws Exception {
        String email = "svar-" + UUID.randomUUID() + "@example.se";
        long first = sent("otrygg-plats", "Mörk gångväg, Anna Svensson har sett folk där.", email);
        long duplicate = sent("otrygg-plats", "Mörkt och otäckt på gångvägen.", null);

        mvc.perform(get("/manage/citizen-reports/" + first).with(user("crpages.redaktor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mörk gångväg, Anna Svensson har sett folk där."),
                        containsString("Namn: Anna Svensson"))));
        mvc.perform(get("/manage/citizen-reports/" + first).with(user("crpages.amal"))).andExpect(status().isForbidden());
        mvc.perform(get("/kommun/bengtsfors/rapporter/" + first)).andExpect(status().isNotFound());
        String etag = mvc.perform(get("/kommun/bengtsfors/rapporter"))
                .andExpect(content().string(not(containsString("Mörk gångväg där folk samlas."))))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotNull();
        mvc.perform(get("/kommun/bengtsfors/rapporter").header("If-None-Match", etag)).andExpect(status().isNotModified());

        mvc.perform(post("/manage/citizen-reports/" + first + "/publish").with(user("crpages.redaktor")).with(csrf())
                        .param("text", "Mörk gångväg där folk samlas."))
                .andExpect(status().isFound());
        mvc.perform(get("/kommun/bengtsfors/rapporter/" + first))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(allOf(containsString("Mörk gångväg där folk samlas."),
                        not(containsString("Anna Svensson")), not(containsString(email)))));
        // The kept list was dropped with the publication: the report is in it at once, under a new tag.
        mvc.perform(get("/kommun/bengtsfors/rapporter").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mörk gångväg där folk samlas.")));

        mvc.perform(post("/manage/citizen-reports/" + duplicate + "/publish").with(user("crpages.redaktor")).with(csrf())
                .param("text", "Mörkt på gångvägen.")).andExpect(status().isFound());
        mvc.perform(post("/manage/citizen-reports/" + duplicate + "/merge").with(user("crpages.redaktor")).with(csrf())
                        .param("into", Long.toString(first)))
                .andExpect(status().isFound());
        mvc.perform(get("/kommun/bengtsfors/rapporter/" + duplicate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har slagits samman med den")))
                .andExpect(content().string(containsString("href=\"/kommun/bengtsfors/rapporter/" + first + "\"")));
        assertThat(reports.supporters(new CitizenReportId(first))).isOne();
        assertThat(incidents(duplicate)).isZero();

        mvc.perform(post("/manage/citizen-reports/" + first + "/answer").with(user("crpages.redaktor")).with(csrf())
                        .param("status", "avslutad").param("answer", "Vi har satt upp belysning."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv varför ärendet avslutas.")));
        mvc.perform(post("/manage/citizen-reports/" + first + "/answer").with(user("crpages.redaktor")).with(csrf())
                        .param("status", "atgardad").param("answer", "Vi har satt upp belysning."))
                .andExpect(status().isFound());
        mvc.perform(get("/kommun/bengtsfors/rapporter"))
                .andExpect(content().string(allOf(containsString("Mörk gångväg där folk samlas."),
                        containsString("Åtgärdad"), not(containsString("Mörkt på gångvägen.")))));
        MimeMessage mail = TestMail.await(email, 1);
        String body = String.valueOf(mail.getContent());
        assertThat(body).contains("Åtgärdad", "Vi har satt upp belysning.",
                "http://localhost:8080/kommun/bengtsfors/rapporter/" + first);

        MvcResult map = mvc.perform(get("/manage/situation/map/data").with(user("crpages.redaktor"))
                        .param("source", "medborgarrapporter").param("period", "last28"))
                .andExpect(status().isOk()).andReturn();
        assertThat(map.getResponse().getContentAsString()).contains("\"incident-" + incidentId(first) + "\"",
                "Otrygg plats");

        mvc.perform(post("/manage/citizen-reports/" + first + "/hide").with(user("crpages.redaktor")).with(csrf())
                .param("reason", "Fel kommun.")).andExpect(status().isFound());
        assertThat(incidents(first)).isZero();
        mvc.perform(get("/kommun/bengtsfors/rapporter/" + first)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'citizen_report' and subject_id = ?"
                + " order by id").param(Long.toString(first)).query(String.class).list())
                .containsExactly("received", "published", "answered", "hidden");
    }

    private long sent(String category, String text, String email) throws Exception {
        String key = UUID.randomUUID().toString();
        var request = send(key, category, text).param("latitude", "59.14").param("longitude", "12.35")
                .param("anyway", "1");
        if (email != null) {
            request.param("email", email);
        }
        mvc.perform(request).andExpect(status().isFound());
        return jdbc.sql("select id from citizen_report where submission_key = ?").param(key).query(Long.class).single();
    }

    private long publishedAt(double latitude, double longitude, String category, String text) throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(send(key, category, text).param("latitude", Double.toString(latitude))
                .param("longitude", Double.toString(longitude)).param("anyway", "1")).andExpect(status().isFound());
        long id = jdbc.sql("select id from citizen_report where submission_key = ?").param(key).query(Long.class).single();
        mvc.perform(post("/manage/citizen-reports/" + id + "/publish").with(user("crpages.redaktor")).with(csrf())
                .param("text", text)).andExpect(status().isFound());
        return id;
    }

    private static MockMultipartHttpServletRequestBuilder send(String key, String category, String description) {
        return multipart(FORM).param("key", key).param("category", category).param("description", description)
                .with(csrf());
    }

    private long rows(String key) {
        return jdbc.sql("select count(*) from citizen_report where submission_key = ?").param(key).query(Long.class)
                .single();
    }

    private long incidents(long report) {
        return jdbc.sql("select count(*) from incident where source = 'medborgarrapporter' and source_id like ?")
                .param(report + "/%").query(Long.class).single();
    }

    private long incidentId(long report) {
        return jdbc.sql("select id from incident where source = 'medborgarrapporter' and source_id like ?")
                .param(report + "/%").query(Long.class).single();
    }
}
