package se.lofte.testing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages answered through MockMvc, parsed by jsoup so that tests can assert on their markup. */
public final class Pages {

    private Pages() {
    }

    /** The page an answer carries, whatever its status. */
    public static Document html(ResultActions answer) throws Exception {
        // UTF-8 unless the answer names its charset: MockMvc would read ISO-8859-1 and garble å, ä and ö.
        return Jsoup.parse(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * The request as the staff member with this username sends it, signed in and with the form's CSRF token: for
     * tests that act as several people, where one mock user per test will not do.
     */
    public static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(username).roles("STAFF")).with(csrf());
    }

    /**
     * A new password posted to the form at this address (an invitation's or a reset link's), typed the same into
     * both of its fields, with the form's CSRF token.
     */
    public static MockHttpServletRequestBuilder newPassword(String address, String password) {
        return post(address).with(csrf()).param("password", password).param("passwordRepeat", password);
    }

    /** The page at this address, which must answer 200 OK (to the test's mock user, if it has one). */
    public static Document page(MockMvc mvc, String address) throws Exception {
        return html(mvc.perform(get(address)).andExpect(status().isOk()));
    }

    /**
     * What the address answers, such as a map's GeoJSON, which must be 200 OK (to the test's mock user, if it has
     * one); read as UTF-8 for the reason {@link #html} gives.
     */
    public static String body(MockMvc mvc, String address) throws Exception {
        return mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
