package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.promises.PromiseFixtures.AMAL;
import static se.lofte.promises.PromiseFixtures.POLICE;

class PartySignaturesTests {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-12-07T10:00:00+01:00");
    private static final OffsetDateTime TUESDAY = MONDAY.plusDays(1);

    @Test
    void namesTheUnsignedPartiesInThePartiesOrder() {
        var signatures = new PartySignatures(List.of());
        assertThat(signatures.missing(List.of(POLICE, AMAL))).containsExactly(POLICE.name(), AMAL.name());
        signatures.sign(AMAL.id(), "bo", MONDAY);
        assertThat(signatures.missing(List.of(POLICE, AMAL))).containsExactly(POLICE.name());
        signatures.sign(POLICE.id(), "anna", MONDAY);
        assertThat(signatures.missing(List.of(POLICE, AMAL))).isEmpty();
    }

    @Test
    void aPartySignsOnceItsLatestSignatureStanding() {
        var signatures = new PartySignatures(List.of(new Signature(POLICE.id(), "anna", MONDAY)));
        signatures.sign(POLICE.id(), "cecilia", TUESDAY);
        assertThat(signatures.list()).containsExactly(new Signature(POLICE.id(), "cecilia", TUESDAY));
    }

    @Test
    void voidingSaysWhetherThereWasAnythingToVoid() {
        var signatures = new PartySignatures(List.of(new Signature(POLICE.id(), "anna", MONDAY)));
        assertThat(signatures.voidAll()).isTrue();
        assertThat(signatures.any()).isFalse();
        assertThat(signatures.signedBy(POLICE.id())).isFalse();
        assertThat(signatures.voidAll()).isFalse();
    }

    @Test
    void onlyThePartiesAreParties() {
        assertThat(PartySignatures.isParty(List.of(POLICE), POLICE.id())).isTrue();
        assertThat(PartySignatures.isParty(List.of(POLICE), AMAL.id())).isFalse();
    }
}
