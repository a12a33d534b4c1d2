package se.lofte.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An address whose id is not a number names nothing: 404, on every page and API resource that takes a typed
 * path variable (an id type, a number), found from the application's own mappings so that a new one is covered
 * too. Under {@code /api} the 404 is problem JSON. A bad query or form parameter stays a 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
// A system administrator, so that no address is refused for want of a role before its id is read.
@WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
class RefusalsIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyTypedPathVariableThatIsNoNumberIsNotFound() throws Exception {
        List<String> tried = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            List<String> typed = typedPathVariables(handler);
            if (typed.isEmpty()) {
                continue;
            }
            HttpMethod method = info.getMethodsCondition().getMethods().stream().findFirst()
                    .map(m -> HttpMethod.valueOf(m.name())).orElse(HttpMethod.GET);
            for (String pattern : info.getPatternValues()) {
                for (String bad : typed) {
                    String address = address(pattern, bad);
                    MvcResult result = mvc.perform(request(method, address).with(csrf())).andReturn();
                    assertThat(result.getResponse().getStatus()).as("%s %s", method, address).isEqualTo(404);
                    if (address.startsWith("/api/")) {
                        assertThat(result.getResponse().getContentType()).as("%s %s", method, address)
                                .startsWith("application/problem+json");
                    }
                    tried.add(method + " " + address);
                }
            }
        }
        // The staff promise pages, measures, people, places, imports, the public promise and the API at least.
        assertThat(tried).hasSizeGreaterThan(40)
                .contains("GET /manage/promises/abc", "GET /manage/accounts/abc", "GET /api/promises/abc",
                        "GET /kommun/x/medborgarlofte/abc");
    }

    @Test
    void aQueryOrFormParameterThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(post("/manage/accounts/1/roles").with(csrf()).param("organisation", "abc"))
                .andExpect(status().isBadRequest());
    }

    /** The names of the path variables the handler takes as something other than text. */
    private static List<String> typedPathVariables(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && parameter.getParameterType() != String.class) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                String name = !variable.value().isEmpty() ? variable.value() : parameter.getParameterName();
                names.add(name);
            }
        }
        return names;
    }

    /** The pattern with {@code abc} for the bad variable and a plausible value for each other one. */
    private static String address(String pattern, String bad) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder address = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(bad) ? "abc" : name.equals("slug") ? "x" : name.equals("sha256") ? "0" : "1";
            m.appendReplacement(address, value);
        }
        m.appendTail(address);
        return address.toString();
    }
}
