package se.lofte.promises;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.testing.Pages.page;

/**
 * A published version lists what changed by section and field, and says a section once when the field is the
 * whole section: "Ingress:", not "Ingress – ingress:".
 */
@SpringBootTest
@AutoConfigureMockMvc
class RevisionChangeLabelsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    PromiseManagement management;

    @Test
    void aChangedLeadIsLabelledOnce() throws Exception {
        var published = PromiseFixtures.published(management, organisations, "etikett.redaktor", "Eva Etikett");
        var c = management.find(published.id(), published.editor()).orElseThrow();
        var changed = new PromiseContent(c.content().parties(), c.content().start(), c.content().end(),
                c.content().title(), "Polisen och kommunen lovar ett tryggare centrum och en tryggare park.",
                "Otryggheten i parken har också ökat.", c.content().commitments(), c.content().goals(),
                c.content().focusPlaces(), c.content().focusPlaceRefs(), c.content().followUp(),
                c.content().followAlong(), c.content().signatories(), c.content().image());
        assertThat(management.update(published.id(), c.version(), changed, published.editor()).saved()).isTrue();
        changed.parties().forEach(p -> management.sign(published.id(), p.id(), published.editor()));
        management.publish(published.id(), published.editor(), "Eva Etikett");

        Document page = page(mvc, "/kommun/amal/medborgarlofte/" + changed.startYear());

        assertThat(page.select(".change-label").eachText()).contains("Ingress:", "Situationen idag – text:")
                .noneMatch(label -> label.contains("Ingress – ingress"));
    }
}
