package se.lofte.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With {@code lofte.api-docs.public=false}, as in production, only signed-in staff read the API description. */
@SpringBootTest(properties = "lofte.api-docs.public=false")
@AutoConfigureMockMvc
class ApiDocsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[]{"/api/docs", "/api/openapi", "/api/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theOpenDataItselfStaysOpen() throws Exception {
        mvc.perform(get("/api/promises")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser("admin")
    void staffReadTheDescriptionWithTheTokenScheme() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/tokens/self'].get.security[0].apiToken").exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/promises']").exists());
        mvc.perform(get("/api/docs")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/api/swagger-ui/index.html"));
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
