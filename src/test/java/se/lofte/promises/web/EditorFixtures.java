package se.lofte.promises.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.promises.PromiseContent;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the editor tests type into a promise and do with it, written once for all of them. */
final class EditorFixtures {

    private EditorFixtures() {
    }

    /** The parties of the Åmål promises the editor tests write: the first local police area and Åmål. */
    record Parties(OrganisationId police, OrganisationId amal) {

        /** The new-promise form for their promise of this year, as an editor fills it in. */
        MultiValueMap<String, String> newPromise(int year) {
            var params = new LinkedMultiValueMap<String, String>();
            params.add("policeId", Long.toString(police.value()));
            params.add("municipalityId", Long.toString(amal.value()));
            params.add("start", year + "-01-01");
            params.add("end", year + "-12-31");
            params.add("title", "Medborgarlöfte för " + year);
            return params;
        }

        /** Makes their promise of this year through the staff pages and returns its id. */
        long create(MockMvc mvc, int year) throws Exception {
            String location = mvc.perform(post("/manage/promises/new").with(csrf()).params(newPromise(year)))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            return Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
        }
    }

    /** The parties of the Åmål promises, for both of whom the signed-in "admin" may now write and sign. */
    static Parties adminWritesAndSignsForBothParties(TestStaff staff) {
        var parties = new Parties(staff.organisations().all(OrganisationKind.LOCAL_POLICE_AREA).getFirst().id(),
                staff.municipality("amal"));
        staff.member("admin", parties.police(), Role.EDITOR, Role.SIGNATORY);
        staff.member("admin", parties.amal(), Role.EDITOR, Role.SIGNATORY);
        return parties;
    }

    /**
     * Every section of the promise's form filled in as an editor would: lead, situation, a commitment of each
     * party, a numeric goal of the police and a qualitative one, how residents follow along, and both signatories.
     */
    static MultiValueMap<String, String> sections(PromiseContent content) {
        String police = Long.toString(content.parties().get(0).id().value());
        String municipality = Long.toString(content.parties().get(1).id().value());
        var params = new LinkedMultiValueMap<String, String>();
        params.add("lead", "Polisen och kommunen lovar ett tryggare centrum.");
        params.add("situation", "Otryggheten i centrum har ökat.");
        params.add("commitments[0].title", "Fler kontroller");
        params.add("commitments[0].responsible", police);
        params.add("commitments[1].title", "Bättre belysning");
        params.add("commitments[1].responsible", municipality);
        params.add("goals[0].kind", "NUMERIC");
        params.add("goals[0].owner", police);
        params.add("goals[0].text", "Polisen ska lagföra minst fem individer.");
        params.add("goals[0].indicator", "Lagförda individer");
        params.add("goals[0].unit", "individer");
        params.add("goals[0].baseline", "0");
        params.add("goals[0].target", "5");
        params.add("goals[0].direction", "INCREASE");
        params.add("goals[0].deadline", content.startYear() + "-12-31");
        params.add("goals[1].text", "Fler ska känna sig trygga.");
        params.add("followAlong", "Vi berättar på webbplatserna.");
        params.add("signatories[0].name", "Anna Andersson");
        params.add("signatories[0].role", "lokalpolisområdeschef");
        params.add("signatories[0].party", police);
        params.add("signatories[1].name", "Bo Berg");
        params.add("signatories[1].role", "kommunstyrelsens ordförande");
        params.add("signatories[1].party", municipality);
        return params;
    }

    /**
     * Signs the promise for each of its parties and publishes it through the staff pages, then waits for what
     * publishing sets off (its goals' first values), as the next page a person opens would.
     */
    static void signAllAndPublish(MockMvc mvc, JdbcClient jdbc, long id, PromiseContent content) throws Exception {
        for (var party : content.parties()) {
            mvc.perform(post("/manage/promises/" + id + "/sign").with(csrf())
                    .param("party", Long.toString(party.id().value()))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/manage/promises/" + id + "/publish").with(csrf()).param("publisherName", "Eva Editor"))
                .andExpect(status().is3xxRedirection());
        Reactions.settle(jdbc);
    }
}
