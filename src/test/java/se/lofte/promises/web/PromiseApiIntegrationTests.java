package se.lofte.promises.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.OneConnection;
import se.lofte.testing.PromiseSchema;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class PromiseApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsPublishedPromisesWithTheirPublicAddress() throws Exception {
        mvc.perform(get("/api/promises")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].url", hasItem("/kommun/bengtsfors/medborgarlofte/2019")))
                .andExpect(jsonPath("$[*].title", not(hasItem("Utkast"))));
    }

    @Test
    void servesTheLatestRevisionWithCommitmentsGoalsAndNumericTargets() throws Exception {
        mvc.perform(get("/api/promises/1")).andExpect(status().isOk())
                .andExpect(PromiseSchema.conforms(mvc))
                .andExpect(jsonPath("$['$schema']").value("http://localhost:8080/api/schemas/medborgarlofte-1.json"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.publishedBy").value("Sofia Magnusson"))
                .andExpect(jsonPath("$.publishedAt").value("2019-02-15T09:00:00+01:00"))
                .andExpect(jsonPath("$.commitments.length()").value(2))
                .andExpect(jsonPath("$.goals.length()").value(3))
                .andExpect(jsonPath("$.goals[0].numeric.target").value(5))
                .andExpect(jsonPath("$.goals[2].owner").doesNotExist());
        mvc.perform(get("/api/promises/1/revisions")).andExpect(PromiseSchema.conforms(mvc))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/promises/1/revisions/1")).andExpect(PromiseSchema.conforms(mvc))
                .andExpect(jsonPath("$.changes.length()").value(0));
    }

    @Test
    void unknownIdsAreJsonNotFound() throws Exception {
        for (String url : new String[]{"/api/promises/999999", "/api/promises/x", "/api/promises/1/revisions/7",
                "/api/promises/999999/revisions"}) {
            mvc.perform(get(url)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        mvc.perform(post("/api/promises")).andExpect(status().is4xxClientError());
    }

    @Test
    void isDescribedByOpenApi() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/promises']").exists())
                .andExpect(jsonPath("$.paths['/api/promises/{id}/revisions/{number}']").exists());
    }
}
