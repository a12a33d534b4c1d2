package se.lofte.site;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * How refusals and the platform's arguments behave in the web layer alone: a slice with the site's frame and a
 * probe controller, no database, started in a fraction of the full application's time.
 */
@WebMvcTest(controllers = RefusalsWebTests.Probe.class)
// A test's nested classes are kept out of component scanning, so the probe is brought in by name.
@Import(RefusalsWebTests.Probe.class)
@WithMockUser(username = "anna")
class RefusalsWebTests {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Accounts accounts;

    @Test
    void notFoundAndNotAllowedAreTheirStatusesOnPagesAndProblemJsonUnderTheApi() {
        assertThat(mvc.get().uri("/probe/missing")).hasStatus(404);
        assertThat(mvc.get().uri("/probe/refused")).hasStatus(403);
        assertThat(mvc.get().uri("/api/probe/missing")).hasStatus(404)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson().extractingPath("$.status").isEqualTo(404);
        assertThat(mvc.get().uri("/api/probe/refused")).hasStatus(403)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void aTypedIdThatIsNoNumberIsNotFoundAndAQueryParameterABadRequest() {
        assertThat(mvc.get().uri("/probe/promises/12")).hasStatus(200).hasBodyTextEqualTo("promise 12");
        assertThat(mvc.get().uri("/probe/promises/12x")).hasStatus(404);
        assertThat(mvc.get().uri("/probe/promises/99999999999999999999")).hasStatus(404);
        assertThat(mvc.get().uri("/api/probe/promises/x")).hasStatus(404)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(mvc.get().uri("/probe/page?number=two")).hasStatus(400);
    }

    @Test
    void theSignedInStaffMemberIsReadForTheRequestAndOneWithoutAccountIsRefused() {
        given(accounts.signedIn(any())).willReturn(new StaffMember("anna", "Anna A", false, Set.of()));
        assertThat(mvc.get().uri("/probe/me")).hasStatus(200).hasBodyTextEqualTo("Anna A");

        given(accounts.signedIn(any())).willThrow(new NotAllowed("No staff account for the signed-in name"));
        assertThat(mvc.get().uri("/probe/me")).hasStatus(403);
    }

    @Controller
    static class Probe {

        @GetMapping({"/probe/missing", "/api/probe/missing"})
        String missing() {
            throw new NotFound("probe");
        }

        @GetMapping({"/probe/refused", "/api/probe/refused"})
        String refused() {
            throw new NotAllowed("probe");
        }

        @GetMapping({"/probe/promises/{id}", "/api/probe/promises/{id}"})
        @ResponseBody
        String promise(@PathVariable PromiseId id) {
            return "promise " + id;
        }

        @GetMapping("/probe/page")
        @ResponseBody
        String page(@RequestParam int number) {
            return Optional.of(number).map(String::valueOf).orElseThrow();
        }

        @GetMapping("/probe/me")
        @ResponseBody
        String me(StaffMember staff) {
            return staff.displayName();
        }
    }
}
