package se.lofte.publishing;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

import se.lofte.promises.PromiseFixtures;
import se.lofte.testing.OneConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class AtomFeedsIntegrationTests {

    static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    MockMvc mvc;
    @Value("${lofte.base-url}")
    String baseUrl;
    @Value("${lofte.feeds.tag-date}")
    String tagDate;

    @Test
    void everyFeedIsValidAtomWithTheSeedPromise() throws Exception {
        for (String path : List.of("/flode.atom", "/kommun/bengtsfors/flode.atom", SEED + "/flode.atom",
                "/kommun/ale/flode.atom")) {
            String xml = atom(path);
            assertThat(AtomRules.problems(xml)).as(path).isEmpty();
            Element feed = AtomRules.parse(xml).getDocumentElement();
            assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).as(path).isEqualTo("sv");
            assertThat(AtomRules.children(feed, "link")).as(path)
                    .anySatisfy(l -> assertThat(l.getAttribute("rel") + " " + l.getAttribute("href"))
                            .isEqualTo("self " + baseUrl + path));
        }
    }

    @Test
    void theSeedPublicationIsAnEntryByBothParties() throws Exception {
        Element feed = AtomRules.parse(atom(SEED + "/flode.atom")).getDocumentElement();
        Element entry = AtomRules.children(feed, "entry").getLast();

        assertThat(AtomRules.text(feed, "title")).isEqualTo("Medborgarlöfte för 2019 – Bengtsfors kommun");
        assertThat(AtomRules.text(entry, "title")).isEqualTo("Publicerat: Medborgarlöfte för 2019");
        assertThat(AtomRules.text(entry, "id")).matches("tag:localhost,2026:promise/\\d+/revision/1");
        assertThat(AtomRules.text(entry, "updated")).startsWith("2019-02-1");
        assertThat(AtomRules.children(entry, "link").getFirst().getAttribute("href"))
                .isEqualTo(baseUrl + SEED + "/version/1");
        assertThat(AtomRules.children(entry, "author")).extracting(Element::getTextContent)
                .map(String::strip).containsExactly("LPO Östra Fyrbodal", "Bengtsfors kommun");
        assertThat(AtomRules.text(entry, "content")).startsWith("Under 2019 lovar polisen och kommunen");
    }

    @Test
    void aRevisionSaysWhatChangedAndTheSameEntryHasOneIdInEveryFeed() throws Exception {
        var promise = promises.publish(c -> PromiseFixtures.withTitle(c, "Tryggare Bengtsfors"));
        promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, "Tryggare Bengtsfors centrum"));

        Element feed = AtomRules.parse(atom(promise.path() + "/flode.atom")).getDocumentElement();
        List<Element> entries = AtomRules.children(feed, "entry");
        assertThat(entries).extracting(e -> AtomRules.text(e, "title")).containsExactly(
                "Ny version (2) av Tryggare Bengtsfors centrum", "Publicerat: Tryggare Bengtsfors");
        assertThat(AtomRules.text(entries.getFirst(), "content"))
                .contains("Tryggare Bengtsfors → Tryggare Bengtsfors centrum");
        assertThat(AtomRules.text(feed, "updated")).isEqualTo(AtomRules.text(entries.getFirst(), "updated"));

        String id = AtomRules.text(entries.getFirst(), "id");
        String updated = AtomRules.text(entries.getFirst(), "updated");
        for (String path : List.of("/flode.atom", "/kommun/bengtsfors/flode.atom")) {
            String xml = atom(path);
            assertThat(AtomRules.problems(xml)).as(path).isEmpty();
            List<Element> shared = AtomRules.children(AtomRules.parse(xml).getDocumentElement(), "entry");
            // Tests sharing the database publish with clocks set years ahead; the newest fifty may all be
            // theirs. Then this entry is rightly left out, and every entry shown is newer than it.
            if (shared.size() == PromiseNews.LIMIT && shared.stream().noneMatch(e -> id.equals(AtomRules.text(e, "id")))) {
                assertThat(shared).extracting(e -> OffsetDateTime.parse(AtomRules.text(e, "updated"))).as(path)
                        .allMatch(u -> !u.isBefore(OffsetDateTime.parse(updated)));
            } else {
                assertThat(shared).extracting(e -> AtomRules.text(e, "id")).as(path).contains(id);
            }
        }
    }

    @Test
    void theNationalFeedCarriesTheFiftyNewestEntriesNewestFirst() throws Exception {
        List<TestPromises.Published> made = new java.util.ArrayList<>();
        for (int i = 0; i <= PromiseNews.LIMIT; i++) {
            made.add(promises.publish(c -> c));
        }

        String xml = atom("/flode.atom");
        assertThat(AtomRules.problems(xml)).isEmpty();
        List<Element> entries = AtomRules.children(AtomRules.parse(xml).getDocumentElement(), "entry");
        assertThat(entries).hasSize(PromiseNews.LIMIT);
        assertThat(entries).extracting(e -> AtomRules.text(e, "updated")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(xml).doesNotContain(baseUrl + SEED + "/version/1\"");
        // Tests sharing the database may have published with clocks set years ahead, so which of these promises
        // are still among the newest fifty varies; but where one is, every one published after it is too.
        List<Boolean> inFeed = made.stream().map(p -> xml.contains(baseUrl + p.path() + "/version/1\"")).toList();
        assertThat(inFeed.subList(inFeed.indexOf(true) < 0 ? inFeed.size() : inFeed.indexOf(true), inFeed.size()))
                .doesNotContain(false);
    }

    @Test
    void thePagesHeadsLinkTheirFeeds() throws Exception {
        for (String path : List.of("/", "/kommun/bengtsfors", SEED)) {
            var head = page(mvc, path).head();
            String feed = head.select("link[rel=alternate][type=application/atom+xml]").attr("href");
            assertThat(feed).as(path).isEqualTo(path.equals("/") ? "/flode.atom" : path + "/flode.atom");
            mvc.perform(get(feed)).andExpect(status().isOk());
        }
    }

    /**
     * A feed without entries (most municipalities have no promise yet) says the first day of the tag date as its
     * {@code updated}, not the time of writing, so that it is the same bytes however often it is written.
     */
    @Test
    void aFeedWithoutEntriesIsUpdatedAtTheFirstDayOfItsIdsNotWhenItIsWritten() throws Exception {
        Element feed = AtomRules.parse(atom("/kommun/ale/flode.atom")).getDocumentElement();
        assertThat(AtomRules.children(feed, "entry")).isEmpty();
        assertThat(AtomRules.children(feed, "updated")).singleElement().extracting(Element::getTextContent)
                .isEqualTo(tagDate + "-01-01T00:00:00Z");
    }

    @Test
    void unknownFeedsAreNotFound() throws Exception {
        for (String path : List.of("/kommun/atlantis/flode.atom", "/kommun/bengtsfors/medborgarlofte/1999/flode.atom")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    private String atom(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(response.getHeaders("Set-Cookie")).as("a feed reader gets no session").noneMatch(c -> c.startsWith("SESSION="));
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
