package se.lofte.promises;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseJsonTests {

    @Test
    void storedContentReadsBackEqual() {
        var content = DemoPromise.bengtsfors2019(List.of(
                new PromiseContent.Party(new OrganisationId(1), OrganisationKind.LOCAL_POLICE_AREA, "LPO Östra Fyrbodal"),
                new PromiseContent.Party(new OrganisationId(2), OrganisationKind.MUNICIPALITY, "Bengtsfors kommun")));
        String json = PromiseJson.write(content);
        assertThat(PromiseJson.content(json)).isEqualTo(content);
        // What is derived from the text is not stored with it.
        assertThat(json).doesNotContain("\"empty\"").doesNotContain("\"numeric\":true").doesNotContain("partyIds");
    }

    @Test
    void contentStoredBeforeFocusPlacesExistedReadsWithNone() {
        String json = PromiseJson.write(PromiseFixtures.complete())
                .replace(",\"focusPlaceRefs\":[]", "");
        assertThat(json).doesNotContain("focusPlaceRefs");
        var content = PromiseJson.content(json);
        assertThat(content.focusPlaceRefs()).isEmpty();
        assertThat(content.commitments()).allSatisfy(c -> assertThat(c.focusPlaceRefs()).isEmpty());
        assertThat(content.focusPlaces()).containsExactly("Kungsgatan");
    }

    @Test
    void focusPlacesAreStoredWithTheirNames() {
        var content = PromiseFixtures.withCommitmentPlaces(PromiseFixtures.complete(), 0,
                List.of(new PromiseContent.FocusPlaceRef(12, "Torget")));
        String json = PromiseJson.write(content);
        assertThat(json).contains("{\"id\":12,\"name\":\"Torget\"}");
        assertThat(PromiseJson.content(json)).isEqualTo(content);
    }

    @Test
    void aCommitmentWithoutAThemeIsStoredAsBeforeThemesExisted() {
        var content = PromiseFixtures.complete();
        String json = PromiseJson.write(content);
        assertThat(json).doesNotContain("theme");
        // The same text, so the same content hash as a revision stored before themes existed.
        assertThat(RevisionHashing.contentSha256(PromiseJson.write(PromiseJson.content(json))))
                .isEqualTo(RevisionHashing.contentSha256(json));
        assertThat(PromiseJson.content(json).commitments()).allSatisfy(c -> assertThat(c.theme()).isNull());
    }

    @Test
    void aThemeIsStoredByItsNameAndReadsBack() {
        var changed = PromiseFixtures.withCommitmentTheme(PromiseFixtures.complete(), 0, Theme.TRAFFIC);
        String json = PromiseJson.write(changed);
        assertThat(json).contains("\"theme\":\"TRAFFIC\"");
        assertThat(PromiseJson.content(json)).isEqualTo(changed);
    }
}
