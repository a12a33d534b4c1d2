package se.lofte.publishing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.measures.MeasurePromises;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds and the share image with real progress and measures, on the seed promise's text in a year of its
 * own: the progress tests count the seed's own goal and rely on which count is the latest.
 */
@ProgressTest
class ProgressNewsIntegrationTests {

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final MeasurePromises measurePromises = new MeasurePromises();
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    MeasureManagement measures;
    @Autowired
    ShareImages shareImages;
    @Autowired
    ProgressReading reading;

    @Test
    void goalChangesUpdatesAndPublicMeasuresAreEntriesAndAHeldBackMeasureIsInNoFeed() throws Exception {
        var promise = promises.publish(c -> c);
        PromiseContent.Party police = promises.latest(promise.id()).content().parties().getFirst();
        StaffMember editor = editor(promise.id());
        // Measures lie within their promise's period.
        LocalDate today = LocalDate.of(promise.year(), 6, 15);
        clock.setDay(today);

        assertThat(progress.chooseIndicator(promise.id(), "g1", "manual", Map.of(), editor)).isEmpty();
        assertThat(progress.recordCount(promise.id(), "g1", "3", today.minusDays(1).toString(), editor)).isEmpty();
        var update = updates.write(promise.id(), new UpdateText(UpdateKind.NOT_DONE, "Ingen kontroll i mars",
                "Personalen behövdes vid en olycka.", List.of("c1"), police.id()), editor);
        updates.publish(update.id(), editor);
        var parties = measurePromises.parties();
        var shown = measures.log(promise.id(), MeasureFixtures.trafficControl(parties, today, "20", "fordon kontrollerade"),
                editor);
        var heldBack = measures.log(promise.id(), new MeasureInput(List.of("c1"), today, null, MeasurePlace.nowhere(),
                police.id(), "trafikkontroll", List.of(), "Spaning som visas först nästa månad.", today.plusDays(30),
                false, List.of(), List.of()), editor);
        assertThat(shown.saved()).isTrue();
        assertThat(heldBack.saved()).isTrue();

        String xml = atom(promise.path() + "/flode.atom");
        assertThat(AtomRules.problems(xml)).isEmpty();
        List<Element> entries = AtomRules.children(AtomRules.parse(xml).getDocumentElement(), "entry");
        assertThat(entries).extracting(e -> AtomRules.text(e, "title")).containsExactlyInAnyOrder(
                "Insats: Trafikkontroll, " + se.lofte.shared.Dates.day(today, SwedishWords.SWEDISH),
                "Inte gjort: Ingen kontroll i mars",
                "Mål: 3 av minst 5 individer",
                "Publicerat: Medborgarlöfte för 2019");
        Element goal = entries.stream().filter(e -> AtomRules.text(e, "title").startsWith("Mål")).findFirst().orElseThrow();
        assertThat(AtomRules.text(goal, "content")).startsWith("Lagförda individer som inte tidigare är kända för narkotikabrott.")
                .contains("Polisen har som mål att lagföra minst fem individer");
        assertThat(AtomRules.children(goal, "author")).extracting(a -> a.getTextContent().strip())
                .containsExactly("LPO Östra Fyrbodal");
        Element measure = entries.stream().filter(e -> AtomRules.text(e, "title").startsWith("Insats")).findFirst().orElseThrow();
        assertThat(AtomRules.text(measure, "id")).endsWith("/measure/" + shown.id());
        assertThat(AtomRules.text(measure, "content")).contains("20 fordon kontrollerade");

        for (String path : List.of(promise.path() + "/flode.atom", "/kommun/bengtsfors/flode.atom", "/flode.atom")) {
            String feed = atom(path);
            assertThat(AtomRules.problems(feed)).as(path).isEmpty();
            assertThat(feed).as(path).doesNotContain("/measure/" + heldBack.id() + "<")
                    .doesNotContain("Spaning som visas först nästa månad");
        }
    }

    @Test
    void theNationalFeedKeepsThePublishedPromisesNewsWhenNewerMeasuresAreOfADraft() throws Exception {
        var promise = promises.publish(c -> c);
        var parties = measurePromises.parties();
        LocalDate today = LocalDate.of(promise.year(), 6, 15);
        clock.setDay(today);
        var shown = measures.log(promise.id(), MeasureFixtures.trafficControl(parties, today, "7", "fordon kontrollerade"),
                editor(promise.id()));
        // More public measures than a feed carries, all newer, on a promise that residents cannot see yet.
        int draftYear = se.lofte.testing.TestYears.next();
        PromiseId draft = measurePromises.draft(draftYear);
        LocalDate inDraftYear = LocalDate.of(draftYear, 6, 15);
        clock.setDay(inDraftYear);
        for (int i = 0; i < PromiseNews.LIMIT + 5; i++) {
            assertThat(measures.log(draft, MeasureFixtures.trafficControl(parties, inDraftYear, "1", "utkast" + i),
                    MeasureFixtures.editorOfBoth(parties)).saved()).isTrue();
        }

        String xml = atom("/flode.atom");
        assertThat(AtomRules.problems(xml)).isEmpty();
        List<Element> entries = AtomRules.children(AtomRules.parse(xml).getDocumentElement(), "entry");
        assertThat(entries).hasSizeLessThanOrEqualTo(PromiseNews.LIMIT)
                .anySatisfy(e -> assertThat(AtomRules.text(e, "id")).endsWith("/measure/" + shown.id()));
        assertThat(xml).doesNotContain("utkast").doesNotContain("promise/" + draft.value() + "/");
    }

    @Test
    void theShareImageIsDrawnAgainOnlyWhenTheGoalsValueChanges() throws Exception {
        // Other tests here move the clock into their promise's year; this one counts up to yesterday.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        clock.setDay(today);
        var promise = promises.publish(c -> c);
        StaffMember editor = editor(promise.id());
        String asOf = today.minusDays(1).toString();
        assertThat(progress.chooseIndicator(promise.id(), "g1", "manual", Map.of(), editor)).isEmpty();

        byte[] none = image(promise.path());
        progress.recordCount(promise.id(), "g1", "0", asOf, editor);
        byte[] zero = image(promise.path());
        progress.recordCount(promise.id(), "g1", "3", asOf, editor);
        byte[] three = image(promise.path());
        var latest = promises.latest(promise.id());
        assertThat(shareImages.png(latest, null)).isSameAs(shareImages.png(latest, null));
        assertThat(shareImages.alt(latest, reading.goals(latest), null)).contains("Lagförda individer som inte tidigare är kända för narkotikabrott: "
                + "3 av minst 5 individer");
        progress.recordCount(promise.id(), "g1", "5", asOf, editor);
        byte[] five = image(promise.path());

        assertThat(ShareCardTests.differingPixels(ShareCardTests.read(none), ShareCardTests.read(zero))).isPositive();
        assertThat(ShareCardTests.differingPixels(ShareCardTests.read(zero), ShareCardTests.read(three))).isGreaterThan(1000);
        assertThat(ShareCardTests.differingPixels(ShareCardTests.read(three), ShareCardTests.read(five))).isGreaterThan(1000);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/share-image-three-of-five.png"), three);
    }

    private byte[] image(String promisePath) throws Exception {
        var response = mvc.perform(get(promisePath + "/delningsbild.png")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeaders("Set-Cookie")).as("a link preview gets no session").noneMatch(c -> c.startsWith("SESSION="));
        byte[] png = response.getContentAsByteArray();
        var image = ShareCardTests.read(png);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        return png;
    }

    private String atom(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    /** An editor of both parties, who may count, write updates and log measures for either. */
    private StaffMember editor(PromiseId id) {
        var parties = promises.latest(id).content().parties();
        return new StaffMember("feeds.editor", "Eva Editor", false,
                Set.of(new Membership(parties.get(0).id(), Role.EDITOR), new Membership(parties.get(1).id(), Role.EDITOR)));
    }
}
