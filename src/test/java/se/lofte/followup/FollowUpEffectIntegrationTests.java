package se.lofte.followup;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.RevisionIntegrity;
import se.lofte.shared.NotAllowed;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * "Did it work" comparisons kept as evidence on a follow-up, on incidents whose counts are known
 * ({@link EffectEvidenceFixture}): a police traffic control at a focus place on 1–10 June against a control focus
 * place. Added through the staff page, they give the commitment plain lines with the counts and the relative effect,
 * which residents read once the follow-up is published and which are sealed with it; small counts are published as
 * "fewer than 5" without figures; they can be removed until a party signs, and only the parties' editors choose them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class FollowUpEffectIntegrationTests {

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    MeasureManagement measures;
    @Autowired
    PublishedPromises published;
    @Autowired
    RevisionIntegrity integrity;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    int year;
    EffectEvidenceFixture places;
    PromiseId promise;
    FollowUpId followUp;
    String base;
    StaffMember editor;

    @BeforeEach
    void aFollowUpWithAFinishedMeasureAtAFocusPlace() {
        year = TestYears.importable();
        places = EffectEvidenceFixture.insert(fixtures, jdbc, organisations, year);
        promise = fixtures.measuredUntilDecember(year, List.of(places.target()));
        places.measure(measures, fixtures, promise);
        editor = staff.member("effect.evidence.redaktor", fixtures.police().id(), Role.EDITOR);
        followUp = followUps.open(promise, year, FollowUpKind.YEAR_END, editor).id();
        base = "/manage/promises/" + promise.value() + "/followups/" + followUp.value();
    }

    @Test
    void aComparisonKeptAsEvidenceGivesItsCountsAndFiguresToStaffAndResidents() throws Exception {
        Document offered = page(editor.username());
        assertThat(offered.select("#row-commitment-c1 fieldset.effect-offer select[name='effects[0].control'] option")
                .eachAttr("value")).contains("f:" + places.control().id(), "a:" + places.elsewhere())
                .doesNotContain("f:" + places.target().id());
        assertThat(offered.select("input[name='effects[0].place']").val())
                .isEqualTo(Long.toString(places.target().id()));

        mvc.perform(add("f:" + places.control().id(), "200", "Stöld")).andExpect(redirectedUrl(base));

        String period = "1 juni " + year + "–10 juni " + year;
        List<String> lines = effectLines(Evidence::sv);
        assertThat(lines).containsExactly(
                "Insatsen vid Effekttorget " + year + ", " + period + ", jämförd med kontrollområdet Kontrolltorget "
                        + year + ", kategori Stöld: vid platsen 40 händelser de 10 dagarna före och 10 under insatsen,"
                        + " i kontrollområdet 20 före och 20 under.",
                // (10/40)/(20/20) = 0.25, exp(ln 0.25 ± 1.96 sqrt(1/40 + 1/10 + 1/20 + 1/20)) = 0.099 to 0.633; the
                // WDD (10 - 40) - (20 - 20) + (0 - 0) - (20 - 20) = -30, se sqrt(130) = 11.4, interval -52.3 to -7.7.
                "Relativ effekt 0,25 (95 % konfidensintervall 0,10 till 0,63); under 1 betyder att platsen gick bättre"
                        + " än kontrollområdet. Det blev tydligt färre händelser i insatsområdet än kontrollområdets"
                        + " utveckling förutsäger.");
        assertThat(effectLines(Evidence::en)).containsExactly(
                "The measure at Effekttorget " + year + ", 1 June " + year + "–10 June " + year + ", compared with the"
                        + " control area Kontrolltorget " + year + ", category Stöld: at the place 40 incidents in the 10"
                        + " days before and 10 during the measure, in the control area 20 before and 20 during.",
                "Relative effect 0.25 (95% confidence interval 0.10 to 0.63); below 1 means the place did better than"
                        + " the control area. There were clearly fewer incidents in the treated area than the control"
                        + " area's change predicts.");

        Document page = page(editor.username());
        var stored = jdbc.sql("select id from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single();
        String cid = "#effect-" + stored;
        assertThat(page.select("#row-commitment-c1 ul.evidence").text()).contains(lines);
        assertThat(page.select(cid + " h5").text()).isEqualTo("Insatsen vid Effekttorget " + year + ", " + period
                + ", mot Kontrolltorget " + year);
        assertThat(page.select(cid + "-effect-counts tbody tr").eachText()).containsExactly(
                "Fokusplatsen 40 10 \u221230", "Runt platsen (200 m) 0 0 0", "Kontrollområdet 20 20 0");
        assertThat(page.select(cid + " dl.effect-figures dt").first().text())
                .startsWith("Viktad förflyttningsskillnad (WDD): \u221230,0 (medelfel 11,4;");
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'follow_up' and subject_id = ?"
                + " order by id").param(followUp.toString()).query(String.class).list())
                .containsExactly("created", "effect_added");

        var view = followUps.find(followUp, fixtures.both()).orElseThrow();
        assertThat(followUps.save(followUp, view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.GOAL, "g1", Verdict.CANNOT_BE_ASSESSED, Reason.DATA_MISSING, "Inget mått."),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), fixtures.both()).problems())
                .isEmpty();
        followUps.sign(followUp, fixtures.police().id(), fixtures.both());
        followUps.sign(followUp, fixtures.municipality().id(), fixtures.both());
        var revision = followUps.publish(followUp, fixtures.both(), "Eva Redaktör");

        var sealed = PublishedFollowUp.of(published.revision(promise, revision.number()).orElseThrow()).orElseThrow();
        assertThat(sealed.item(ItemKind.COMMITMENT, "c1").orElseThrow().evidence())
                .extracting(PublishedFollowUp.Line::sv).containsSubsequence(lines);
        assertThat(integrity.check().problems()).isEmpty();
        Document residents = html(mvc.perform(get("/kommun/bengtsfors/medborgarlofte/" + year))
                .andExpect(status().isOk()));
        assertThat(residents.text()).contains(lines.get(0), lines.get(1));
    }

    @Test
    void smallCountsArePublishedAsFewerThanFiveAndNoFigureIsGiven() {
        assertThat(followUps.addEffect(followUp, "c1", places.target().id(), java.time.LocalDate.of(year, 6, 1),
                java.time.LocalDate.of(year, 6, 10), "f:" + places.quiet().id(), "", "", editor).problems()).isEmpty();

        // Every category: the two fires during the measure count too.
        assertThat(effectLines(Evidence::sv)).containsExactly(
                "Insatsen vid Effekttorget " + year + ", 1 juni " + year + "–10 juni " + year + ", jämförd med"
                        + " kontrollområdet Lugna gatan " + year + ": vid platsen 40 händelser de 10 dagarna före och 12"
                        + " under insatsen, i kontrollområdet färre än 5 före och 6 under.",
                "För få händelser för att säga om insatsen gjorde skillnad: varje antal behöver vara minst 5.");
        assertThat(effectLines(Evidence::en).get(1)).isEqualTo("Too few incidents to tell whether the measure made a"
                + " difference: each count needs to be at least 5.");
    }

    @Test
    void aComparisonIsRemovedUntilAPartySignsThenTheChoicesAreFrozen() throws Exception {
        mvc.perform(add("f:" + places.control().id(), "200", "Stöld")).andExpect(redirectedUrl(base));
        mvc.perform(add("f:" + places.quiet().id(), "150", "")).andExpect(redirectedUrl(base));
        var ids = jdbc.sql("select id from follow_up_effect where follow_up_id = ? order by id")
                .param(followUp.value()).query(Long.class).list();
        assertThat(effectLines(Evidence::sv)).hasSize(4);

        mvc.perform(post(base + "/effects/" + ids.get(0) + "/remove").with(user(editor.username())).with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(effectLines(Evidence::sv)).hasSize(2).first().asString().contains("Lugna gatan " + year);
        assertThat(jdbc.sql("select before_json from audit_event where subject_type = 'follow_up' and subject_id = ?"
                        + " and action = 'effect_removed'").param(followUp.toString()).query(String.class).single())
                .contains("\"control\":\"f:" + places.control().id() + "\"");
        // One removed is gone: removing it again finds nothing.
        mvc.perform(post(base + "/effects/" + ids.get(0) + "/remove").with(user(editor.username())).with(csrf()))
                .andExpect(status().isNotFound());

        var view = followUps.find(followUp, fixtures.both()).orElseThrow();
        followUps.save(followUp, view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.GOAL, "g1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), fixtures.both());
        followUps.sign(followUp, fixtures.police().id(), fixtures.both());

        assertThatThrownBy(() -> followUps.addEffect(followUp, "c1", places.target().id(),
                java.time.LocalDate.of(year, 6, 1), java.time.LocalDate.of(year, 6, 10), "f:" + places.control().id(),
                "", "", editor)).isInstanceOf(FollowUpRefusal.class).hasMessage("followup.refusal.effectsFrozen");
        var refused = mvc.perform(post(base + "/effects/" + ids.get(1) + "/remove").with(user(editor.username()))
                .with(csrf())).andExpect(redirectedUrl(base)).andReturn();
        assertThat(refused.getFlashMap().get("refusal")).extracting("code").isEqualTo("followup.refusal.effectsFrozen");
        mvc.perform(add("f:" + places.control().id(), "200", "")).andExpect(redirectedUrl(base));
        assertThat(jdbc.sql("select count(*) from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single()).isEqualTo(1);

        Document frozen = page(editor.username());
        assertThat(frozen.select("fieldset.effect-offer, form[action$=/remove], form[action$=/effects]")).isEmpty();
        assertThat(frozen.select("#row-commitment-c1 p.hint").text()).contains("Jämförelserna kan inte ändras när");
        assertThat(frozen.select("#effect-" + ids.get(1) + " h5").text()).contains("Lugna gatan " + year);
    }

    @Test
    void onlyTheEditorsOfThePartiesChooseComparisons() throws Exception {
        assertThat(followUps.addEffect(followUp, "c1", places.target().id(), java.time.LocalDate.of(year, 6, 1),
                java.time.LocalDate.of(year, 6, 10), "f:" + places.control().id(), "", "", editor).problems())
                .isEmpty();
        long stored = jdbc.sql("select id from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single();
        var analyst = staff.member("effect.evidence.analytiker", fixtures.police().id(), Role.ANALYST);
        var outsider = staff.member("effect.evidence.mellerud",
                organisations.municipalityBySlug("mellerud").orElseThrow().id(), Role.EDITOR);
        for (String refused : List.of(analyst.username(), outsider.username())) {
            mvc.perform(add(refused, "f:" + places.quiet().id(), "200", "")).andExpect(status().isForbidden());
            mvc.perform(post(base + "/effects/" + stored + "/remove").with(user(refused)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> followUps.removeEffect(followUp, new FollowUpEffectId(stored),
                new StaffMember("x", "x", false, Set.of(new Membership(fixtures.police().id(), Role.SIGNATORY)))))
                .isInstanceOf(NotAllowed.class);
        assertThat(jdbc.sql("select count(*) from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single()).isEqualTo(1);
        // Staff of the parties who may not choose see the comparison, without the forms.
        Document analystsPage = page(analyst.username());
        assertThat(analystsPage.select("#effect-" + stored + " h5")).hasSize(1);
        assertThat(analystsPage.select("fieldset.effect-offer, form[action$=/remove]")).isEmpty();
    }

    @Test
    void badInputIsToldAtItsFieldWithWhatWasTypedAndNothingIsStored() throws Exception {
        Document unknown = html(mvc.perform(add("f:999999999", "200", "")).andExpect(status().isOk()));
        assertThat(unknown.select("#effects-0-control-error").text()).isEqualTo("Välj ett kontrollområde i listan.");
        assertThat(unknown.select("#error-summary a[href=#effects-0-control]").text())
                .isEqualTo("Åtagande 1: Välj ett kontrollområde i listan.");

        Document elsewhere = html(mvc.perform(add("a:" + places.elsewhere(), "200", "")).andExpect(status().isOk()));
        assertThat(elsewhere.select("#effects-0-control-error").text())
                .startsWith("Kontrollområdet ligger i en annan kommun än fokusplatsen.");
        assertThat(elsewhere.select("#effects-0-control option[selected]").val()).isEqualTo("a:" + places.elsewhere());

        Document typed = html(mvc.perform(add("f:" + places.control().id(), "tio", "Påhittad"))
                .andExpect(status().isOk()));
        assertThat(typed.select("#effects-0-buffer-error").text())
                .isEqualTo("Avståndet tio går inte att använda. Skriv ett heltal från 1 till 5000 meter.");
        assertThat(typed.select("#effects-0-buffer").val()).isEqualTo("tio");
        assertThat(typed.select("#effects-0-control option[selected]").val()).isEqualTo("f:" + places.control().id());

        Document category = html(mvc.perform(add("f:" + places.control().id(), "200", "Påhittad"))
                .andExpect(status().isOk()));
        assertThat(category.select("#effects-0-category-error").text()).isEqualTo("Välj en kategori i listan.");

        Document missing = html(mvc.perform(add("", "200", "")).andExpect(status().isOk()));
        assertThat(missing.select("#effects-0-control-error").text()).startsWith("Välj ett kontrollområde:");

        // A measure the page no longer offers (its days changed meanwhile) is refused, not stored.
        var changed = mvc.perform(post(base + "/effects").with(user(editor.username())).with(csrf())
                .param("offer", "0").param("effects[0].commitment", "c1")
                .param("effects[0].place", Long.toString(places.target().id()))
                .param("effects[0].from", year + "-06-02").param("effects[0].to", year + "-06-10")
                .param("effects[0].control", "f:" + places.control().id())).andExpect(redirectedUrl(base)).andReturn();
        assertThat(changed.getFlashMap().get("refusal")).extracting("code")
                .isEqualTo("followup.refusal.effectMeasureGone");

        mvc.perform(add("f:" + places.control().id(), "200", "Stöld")).andExpect(redirectedUrl(base));
        Document twice = html(mvc.perform(add("f:" + places.control().id(), "200", "Stöld"))
                .andExpect(status().isOk()));
        assertThat(twice.select("#effects-0-control-error").text())
                .isEqualTo("Den här jämförelsen finns redan som underlag.");
        assertThat(jdbc.sql("select count(*) from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * The offer's fields stand in the verdicts' form, so its button sends the verdicts too: typed and not saved, they
     * come back as typed beside the notice, with the version the comparison moved to, and can then be saved.
     */
    @Test
    void verdictsTypedButNotSavedSurviveAddingAndRemovingAComparison() throws Exception {
        Document offered = page(editor.username());
        String row = offered.select("#row-commitment-c1 select[name$=.verdict]").attr("name").replace(".verdict", "");
        String version = offered.select("input[name=version]").val();

        Document added = html(mvc.perform(add("f:" + places.control().id(), "200", "")
                .param("version", version).param(row + ".verdict", "FULFILLED")
                .param(row + ".explanation", "Kontrollerna gjordes varje vecka.")).andExpect(status().isOk()));
        assertThat(added.select("[role=status]").text()).startsWith("Jämförelsen är tillagd som underlag.")
                .contains("inte sparade än");
        assertThat(added.select("select[name='" + row + ".verdict'] option[selected]").val()).isEqualTo("FULFILLED");
        assertThat(added.select("textarea[name='" + row + ".explanation']").text())
                .isEqualTo("Kontrollerna gjordes varje vecka.");
        assertThat(added.select("article.effect-chosen")).hasSize(1);
        String moved = added.select("input[name=version]").val();
        assertThat(Integer.parseInt(moved)).isGreaterThan(Integer.parseInt(version));

        long stored = jdbc.sql("select id from follow_up_effect where follow_up_id = ?").param(followUp.value())
                .query(Long.class).single();
        Document removed = html(mvc.perform(post(base + "/effects/" + stored + "/remove").with(user(editor.username()))
                .with(csrf()).param("version", moved).param(row + ".verdict", "FULFILLED")
                .param(row + ".explanation", "Kontrollerna gjordes varje vecka.")).andExpect(status().isOk()));
        assertThat(removed.select("[role=status]").text()).startsWith("Jämförelsen är borttagen från underlaget.");
        assertThat(removed.select("select[name='" + row + ".verdict'] option[selected]").val()).isEqualTo("FULFILLED");
        assertThat(removed.select("article.effect-chosen")).isEmpty();

        // Saved with the version the page now holds, the verdict is the follow-up's.
        mvc.perform(post(base).with(user(editor.username())).with(csrf())
                        .param("version", removed.select("input[name=version]").val()).param(row + ".verdict", "FULFILLED")
                        .param(row + ".explanation", "Kontrollerna gjordes varje vecka."))
                .andExpect(redirectedUrl(base));
        assertThat(page(editor.username()).select("select[name='" + row + ".verdict'] option[selected]").val())
                .isEqualTo("FULFILLED");

        // Nothing typed: back by a redirect, as before.
        mvc.perform(add("f:" + places.control().id(), "200", "")).andExpect(redirectedUrl(base));
    }

    /** The lines about the effect of measures on commitment c1, in one language. */
    private List<String> effectLines(java.util.function.Function<Evidence, String> language) {
        var view = followUps.find(followUp, fixtures.both()).orElseThrow();
        var all = followUps.evidence(view).of(ItemKind.COMMITMENT, "c1");
        var sv = all.stream().map(Evidence::sv).toList();
        // The effect lines come last, after the measures and the lägesbild.
        int first = 0;
        while (first < sv.size() && !sv.get(first).startsWith("Insatsen vid")
                && !sv.get(first).startsWith("Jämförelsen av")) {
            first++;
        }
        return all.subList(first, all.size()).stream().map(language).toList();
    }

    private MockHttpServletRequestBuilder add(String control, String buffer, String category) {
        return add(editor.username(), control, buffer, category);
    }

    private MockHttpServletRequestBuilder add(String username, String control, String buffer, String category) {
        return post(base + "/effects").with(user(username)).with(csrf()).param("offer", "0")
                .param("effects[0].commitment", "c1").param("effects[0].place", Long.toString(places.target().id()))
                .param("effects[0].from", year + "-06-01").param("effects[0].to", year + "-06-10")
                .param("effects[0].control", control).param("effects[0].buffer", buffer)
                .param("effects[0].category", category);
    }

    private Document page(String username) throws Exception {
        return html(mvc.perform(get(base).with(user(username))).andExpect(status().isOk()));
    }
}
