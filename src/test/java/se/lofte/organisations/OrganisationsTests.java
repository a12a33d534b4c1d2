package se.lofte.organisations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsTests {

    @Test
    void policeShortNamesLeaveOutTheWordForTheirKindLikeTheReferenceData() {
        assertThat(Organisations.shortName(OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal")).isEqualTo("Fyrbodal");
        assertThat(Organisations.shortName(OrganisationKind.LOCAL_POLICE_AREA, "LPO Östra Fyrbodal"))
                .isEqualTo("Östra Fyrbodal");
        assertThat(Organisations.shortName(OrganisationKind.LOCAL_POLICE_AREA, "Lokalpolisområde Järva"))
                .isEqualTo("Järva");
        assertThat(Organisations.shortName(OrganisationKind.LOCAL_POLICE_AREA, "LPO")).isEqualTo("LPO");
    }

    @Test
    void otherActorsKeepTheirWholeName() {
        assertThat(Organisations.shortName(OrganisationKind.OTHER_ACTOR, "Polisområde-rådet")).isEqualTo("Polisområde-rådet");
        assertThat(Organisations.shortName(OrganisationKind.OTHER_ACTOR, "LPO Samverkan")).isEqualTo("LPO Samverkan");
    }

    @Test
    void longNamesGetAShortNameThatFitsItsColumn() {
        assertThat(Organisations.shortName(OrganisationKind.OTHER_ACTOR, "å".repeat(200))).isEqualTo("å".repeat(100));
    }
}
