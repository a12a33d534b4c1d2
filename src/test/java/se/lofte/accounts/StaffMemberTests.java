package se.lofte.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;

/** Who handles an organisation's situation data: the one rule imports, places and the lägesbild ask. */
class StaffMemberTests {

    private static final OrganisationId OWN = new OrganisationId(1);
    private static final OrganisationId OTHER = new OrganisationId(2);

    @Test
    void analystsAndEditorsHandleTheirOrganisationsSituationAndSystemAdministratorsAnyones() {
        StaffMember analyst = member(false, new Membership(OWN, Role.ANALYST), new Membership(OTHER, Role.VIEWER));
        StaffMember editor = member(false, new Membership(OWN, Role.EDITOR), new Membership(OTHER, Role.REPORTER));
        StaffMember admin = member(true);

        assertThat(analyst.handlesSituationOf(OWN)).isTrue();
        assertThat(analyst.handlesSituationOf(OTHER)).isFalse();
        assertThat(editor.handlesSituationOf(OWN)).isTrue();
        assertThat(editor.handlesSituationOf(OTHER)).isFalse();
        assertThat(admin.handlesSituationOf(OTHER)).isTrue();

        assertThat(analyst.situationOrganisations()).containsExactly(OWN);
        assertThat(editor.situationOrganisations()).containsExactly(OWN);
        assertThat(admin.situationOrganisations()).isEmpty();
    }

    private static StaffMember member(boolean systemAdmin, Membership... memberships) {
        return new StaffMember("prov", "Prov", systemAdmin, Set.of(memberships));
    }
}
