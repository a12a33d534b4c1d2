package se.lofte.accounts.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditFilter;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

/**
 * The audit trail's pages and CSV export through HTTP. Each test records two events under an actor of its
 * own (one for Åmål, one for Mellerud) and filters on that actor, since other tests add events too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesIntegrationTests {

    private static final String PAGE = "/manage/accounts/audit";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    TransactionTemplate transactions;

    Organisation amal;
    Organisation mellerud;

    @BeforeEach
    void administratorsAndAnEditor() {
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        staff.member("amal.administrator", amal.id(), Role.ORGANISATION_ADMIN);
        staff.member("amal.skribent", amal.id(), Role.EDITOR, Role.SIGNATORY);
    }

    @Test
    @WithMockUser("amal.skribent")
    void othersThanAdministratorsAreRefused() throws Exception {
        long id = seed().amal();
        mvc.perform(get(PAGE)).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/export")).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/" + id)).andExpect(status().isForbidden());
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser("admin")
    void aSystemAdministratorSeesEveryEventAndFiltersByOrganisation() throws Exception {
        var seeded = seed();
        Document all = page(mvc, PAGE + "?actor=" + seeded.actor());
        assertThat(all.select("main tbody tr")).hasSize(2);
        assertThat(all.select("main tbody tr").first().text())
                .contains(seeded.actor(), mellerud.name(), "Medborgarlöfte 902", "Ändrat", "Före → efter");

        Document filtered = page(mvc, PAGE + "?actor=" + seeded.actor() + "&organisation=" + mellerud.id());
        assertThat(filtered.select("main tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains(mellerud.name()).doesNotContain(amal.name()));
        assertThat(filtered.select("#organisation option[selected]").text()).isEqualTo(mellerud.name());
    }

    @Test
    @WithMockUser("amal.administrator")
    void anOrganisationAdministratorSeesTheEventsOfTheirOrganisationOnly() throws Exception {
        var seeded = seed();
        Document page = page(mvc, PAGE + "?actor=" + seeded.actor());
        assertThat(page.select("main tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains(amal.name(), "Medborgarlöfte 901"));
        assertThat(page.select("#organisation option")).extracting(o -> o.text())
                .containsExactly("Alla", amal.name());
        mvc.perform(get(PAGE + "/" + seeded.mellerud())).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/" + seeded.amal())).andExpect(status().isOk());
    }

    @Test
    @WithMockUser("admin")
    void showsAnEventsValuesBeforeAndAfter() throws Exception {
        long id = seed().amal();
        mvc.perform(get(PAGE + "/" + id)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Händelse " + id + "</h1>"),
                        containsString("<th scope=\"row\"><code>title</code></th>"),
                        containsString("<del>Trygghet i Åmål</del>"),
                        containsString("<ins>Tryggare gator i Åmål</ins>"),
                        containsString("<th scope=\"row\"><code>goals[1]</code></th>"))));
    }

    @Test
    @WithMockUser("admin")
    void exportsTheFilteredListAsCsvThatExcelReads() throws Exception {
        var seeded = seed();
        byte[] body = mvc.perform(get(PAGE + "/export").param("actor", seeded.actor())
                        .param("organisation", amal.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values())
                .containsExactly("Tid", "Utförd av", "Organisationer", "Objekt", "Händelse", "Före", "Efter");
        CSVRecord row = rows.get(1);
        assertThat(row.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
        assertThat(row.get(1)).isEqualTo(seeded.actor());
        assertThat(row.get(2)).isEqualTo(amal.name());
        assertThat(row.get(3)).isEqualTo("Medborgarlöfte 901");
        assertThat(row.get(4)).isEqualTo("Ändrat");
        assertThat(row.get(5)).isEqualTo(BEFORE);
        assertThat(row.get(6)).isEqualTo(AFTER);
    }

    @Test
    @WithMockUser("admin")
    void aDateThatCannotBeReadIsShownNextToItsField() throws Exception {
        mvc.perform(get(PAGE).param("from", "2026-13-01").param("to", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Fel i filtret: Ändringslogg – Löfte</title>"),
                        containsString("<a href=\"#from\">Skriv datumet som ÅÅÅÅ-MM-DD.</a>"),
                        containsString("value=\"2026-13-01\""),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(get(PAGE).param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(content().string(containsString("Till-datumet kan inte vara före från-datumet.")));
        mvc.perform(get(PAGE + "/export").param("from", "igår")).andExpect(status().isBadRequest());
    }

    private static final String BEFORE = "{\"title\":\"Trygghet i Åmål\",\"goals\":[\"färre inbrott\"]}";
    private static final String AFTER = "{\"title\":\"Tryggare gator i Åmål\",\"goals\":[\"färre inbrott\",\"fler trygga\"]}";

    /** Two events by a fresh actor: promise 901 of Åmål, then promise 902 of Mellerud. */
    private Seeded seed() {
        String actor = "pages-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            auditTrail.record(new AuditEvent(actor, Set.of(amal.id()), "promise", "901", "updated", BEFORE, AFTER));
            auditTrail.record(new AuditEvent(actor, Set.of(mellerud.id()), "promise", "902", "updated", BEFORE, AFTER));
        });
        var reader = new StaffMember("reader", "Reader", true, Set.of());
        var events = auditTrail.search(new AuditFilter(null, null, null, actor, null), reader, 1).entries();
        return new Seeded(actor, events.get(1).id(), events.get(0).id());
    }

    private record Seeded(String actor, long amal, long mellerud) {
    }
}
