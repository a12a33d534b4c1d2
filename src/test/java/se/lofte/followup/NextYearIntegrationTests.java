package se.lofte.followup;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
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
 * "Nästa års löfte" on a real database: next year's draft made from a published year-end follow-up carries what was
 * not fulfilled with a note, leaves out what was, starts its goals from their latest value, keeps their source,
 * remembers the promise it came from, and is refused when the year has a promise already or for anyone but an
 * editor of the parties.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class NextYearIntegrationTests {

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    PromiseManagement promises;
    @Autowired
    ProgressManagement progress;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    @Test
    void nextYearsDraftCarriesWhatWasNotFulfilled() throws Exception {
        int year = TestYears.withNext();
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(), "40");
        var editor = FollowUpFixtures.of(fixtures.police(), "nextyear.polis.redaktor", Role.EDITOR);
        FollowUpId followUp = publishedFollowUp(id, year, editor);

        var signatoryOnly = FollowUpFixtures.of(fixtures.municipality(), "nextyear.kommun.firmatecknare",
                Role.SIGNATORY);
        assertThatThrownBy(() -> followUps.makeNextYear(followUp, signatoryOnly)).isInstanceOf(NotAllowed.class);
        var otherParty = FollowUpFixtures.of(new se.lofte.promises.PromiseContent.Party(
                new se.lofte.organisations.OrganisationId(-1), se.lofte.organisations.OrganisationKind.MUNICIPALITY,
                "Annan"), "nextyear.annan.redaktor", Role.EDITOR);
        assertThatThrownBy(() -> followUps.makeNextYear(followUp, otherParty)).isInstanceOf(NotAllowed.class);
        assertThat(followUps.nextYear(followUp, editor).made()).as("nothing made by those refused").isEmpty();

        var carry = followUps.makeNextYear(followUp, editor);
        PromiseId next = carry.made().orElseThrow();
        assertThat(carry.nextYear().carried()).extracting(i -> i.kind() + "/" + i.key())
                .containsExactly("COMMITMENT/c2", "GOAL/g1");
        assertThat(carry.nextYear().leftOut()).extracting(i -> i.kind() + "/" + i.key())
                .containsExactly("COMMITMENT/c1", "GOAL/g2");

        var draft = promises.find(next, fixtures.both()).orElseThrow();
        assertThat(draft.signatures()).isEmpty();
        var c = draft.content();
        assertThat(c.start()).isEqualTo(LocalDate.of(year + 1, 1, 1));
        assertThat(c.end()).isEqualTo(LocalDate.of(year + 1, 12, 31));
        assertThat(c.parties()).isEqualTo(fixtures.latest(id).content().parties());
        assertThat(c.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.key()).isEqualTo("c2");
            assertThat(commitment.text()).isEqualTo("Fortsätter från " + year
                    + ": delvis uppfyllt – resurser\n\nBättre belysning i parken.");
        });
        assertThat(c.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.key()).isEqualTo("g1");
            assertThat(goal.numeric().baseline()).as("this year's latest value").isEqualByComparingTo("40");
            assertThat(goal.numeric().target()).isEqualByComparingTo("100");
            assertThat(goal.numeric().deadline()).isEqualTo(LocalDate.of(year + 1, 12, 31));
        });
        assertThat(progress.indicators(next).get("g1").kind()).as("the goal's source kept")
                .isEqualTo("measure-output");
        assertThat(promises.previous(next)).contains(id);
        assertThat(promises.previous(id)).isEmpty();

        assertThatThrownBy(() -> followUps.makeNextYear(followUp, editor)).isInstanceOf(FollowUpRefusal.class)
                .hasMessage("followup.refusal.nextYearExists");
        assertThat(followUps.nextYear(followUp, editor).made()).as("the page links to the one there").contains(next);

        String oldPage = "/kommun/bengtsfors/medborgarlofte/" + year;
        String newPage = "/kommun/bengtsfors/medborgarlofte/" + (year + 1);
        assertThat(html(mvc.perform(get(oldPage))).select("nav.lineage")).as("a draft is not shown").isEmpty();
        for (var party : List.of(fixtures.police(), fixtures.municipality())) {
            promises.sign(next, party.id(), fixtures.both());
        }
        promises.publish(next, fixtures.both(), "Eva Redaktör");

        Document old = html(mvc.perform(get(oldPage)).andExpect(status().isOk()));
        assertThat(old.select("nav.lineage").text()).isEqualTo("Tidigare år: " + year + " → " + (year + 1));
        assertThat(old.select("nav.lineage a[aria-current=page]").attr("href")).isEqualTo(oldPage);
        assertThat(old.select("nav.lineage a[href=" + newPage + "]")).hasSize(1);
        assertThat(old.select("p.continues")).isEmpty();
        Document fresh = html(mvc.perform(get(newPage)).andExpect(status().isOk()));
        assertThat(fresh.select("nav.lineage a[aria-current=page]").attr("href")).isEqualTo(newPage);
        assertThat(fresh.select("nav.lineage a[href=" + oldPage + "]")).hasSize(1);
        assertThat(fresh.select("#commitment-c2 p.continues a").text())
                .isEqualTo("Fortsättning på åtagande 2 i " + year + " års löfte");
        assertThat(fresh.select("#commitment-c2 p.continues a").attr("href")).isEqualTo(oldPage + "#commitment-c2");
        assertThat(old.select("#commitment-c2")).as("the link's target").hasSize(1);
    }

    @Test
    void theButtonMakesTheDraftAndItsPageSaysWhatWasCarriedAndWhatNot() throws Exception {
        int year = TestYears.withNext();
        PromiseId id = fixtures.measuredUntilDecember(year, List.of());
        var editor = staff.member("nextyear.web.redaktor@polisen.se", fixtures.police().id(), Role.EDITOR);
        var viewer = staff.member("nextyear.web.lasare@bengtsfors.se", fixtures.municipality().id(), Role.VIEWER);
        FollowUpId followUp = publishedFollowUp(id, year, editor);
        String base = "/manage/promises/" + id.value() + "/followups/" + followUp.value();

        Document page = html(mvc.perform(get(base).with(user(editor.username()))).andExpect(status().isOk()));
        assertThat(page.select("form[action=" + base + "/next-year] button").text()).isEqualTo("Gör nästa års löfte");
        assertThat(html(mvc.perform(get(base).with(user(viewer.username())))).select("form[action$=next-year]"))
                .as("only editors see the button").isEmpty();
        mvc.perform(post(base + "/next-year").with(user(editor.username()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/next-year").with(user(viewer.username())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(promises.sameStartYear(fixtures.latest(id).content(), null)).as("still only this year's")
                .contains(id);

        mvc.perform(post(base + "/next-year").with(user(editor.username())).with(csrf()))
                .andExpect(redirectedUrl(base + "/next-year"));
        Document made = html(mvc.perform(get(base + "/next-year").with(user(editor.username()))));
        assertThat(made.select("h2 + ul").first().text()).contains("Åtagande 2: Belysning – Delvis uppfyllt",
                "Mål 1: Minst 100 kontrollerade fordon. – Ej uppfyllt");
        assertThat(made.select("h2 + ul").last().text()).contains("Åtagande 1: Trafikkontroller – Uppfyllt",
                "Mål 2: Parken upplevs som tryggare. – Uppfyllt");
        PromiseId next = followUps.nextYear(followUp, editor).made().orElseThrow();
        assertThat(made.select("a[href=/manage/promises/" + next.value() + "/edit]").text())
                .isEqualTo("Öppna löftet för " + (year + 1) + " i redigeraren");

        var again = mvc.perform(post(base + "/next-year").with(user(editor.username())).with(csrf()))
                .andExpect(redirectedUrl(base + "/next-year")).andReturn();
        assertThat(again.getFlashMap().get("refusal")).extracting("code")
                .isEqualTo("followup.refusal.nextYearExists");
        Document refused = html(mvc.perform(get(base + "/next-year").with(user(editor.username())))
                .andExpect(status().isOk()));
        assertThat(refused.select("a[href=/manage/promises/" + next.value() + "/edit]")).hasSize(1);
    }

    @Test
    void onlyAPublishedYearEndFollowUpMakesNextYear() {
        int year = TestYears.withNext();
        clock.setDay(LocalDate.of(year, 6, 20));
        PromiseId id = fixtures.published(year);
        var editor = FollowUpFixtures.of(fixtures.police(), "nextyear.polis.redaktor2", Role.EDITOR);
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        assertThatThrownBy(() -> followUps.makeNextYear(opened.id(), editor)).isInstanceOf(FollowUpRefusal.class)
                .hasMessage("followup.refusal.nextYearNotPublished");
    }

    private FollowUpId publishedFollowUp(PromiseId id, int year, se.lofte.accounts.StaffMember editor) {
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        var view = followUps.find(opened.id(), editor).orElseThrow();
        assertThat(followUps.save(view.id(), view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.PARTLY_FULFILLED, Reason.RESOURCES,
                        "Hälften av lamporna kom upp."),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.RESOURCES, "Färre poliser."),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), editor).problems()).isEmpty();
        followUps.sign(view.id(), fixtures.police().id(), fixtures.both());
        followUps.sign(view.id(), fixtures.municipality().id(), fixtures.both());
        followUps.publish(view.id(), editor, "Eva Redaktör");
        return view.id();
    }
}
