package se.lofte.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The JSON Schema of a published promise as the application serves it ({@code /api/schemas/medborgarlofte-1.json}),
 * and the one check every test that reads a promise document goes through: {@link #conforms(MockMvc)} on an
 * answer of one document, a list of them or JSON Lines. Formats (dates, times, URIs) are asserted, not only
 * noted, and the check is stricter than the schema on one point: the served schema lets clients meet members it
 * does not name (so that later editions may add some), but a member the API writes must be described there, so
 * for the tests every object that names its properties allows no others.
 */
public final class PromiseSchema {

    public static final String PATH = "/api/schemas/medborgarlofte-1.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Compiled schemas by their served text: every context of a run serves the same one. */
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    private static final Consumer<ExecutionContext> ASSERT_FORMATS =
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));

    private PromiseSchema() {
    }

    /** The schema's text as served, after checking how it is served. */
    public static String served(MockMvc mvc) throws Exception {
        var response = mvc.perform(get(PATH)).andReturn().getResponse();
        assertThat(response.getStatus()).as(PATH).isEqualTo(200);
        assertThat(response.getContentType()).as(PATH).startsWith("application/schema+json");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Fails unless the answer is a promise document, a list of them, or JSON Lines of them, that the schema holds. */
    public static ResultMatcher conforms(MockMvc mvc) {
        return result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertConforms(served(mvc), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        };
    }

    /** Fails, listing every problem, unless each promise document in {@code body} holds to the schema. */
    public static void assertConforms(String schema, String body) {
        List<JsonNode> documents = documents(body);
        assertThat(documents).as("promise documents in the answer").isNotEmpty();
        for (JsonNode document : documents) {
            assertThat(problems(schema, document)).as("schema problems of promise " + document.path("id")
                    + " revision " + document.path("revision")).isEmpty();
        }
    }

    /** What the schema finds wrong with one document; empty when it holds. */
    public static List<String> problems(String schema, JsonNode document) {
        return compiled(schema).validate(document, ASSERT_FORMATS).stream().map(Error::toString).toList();
    }

    /** What the draft 2020-12 meta-schema finds wrong with the schema itself; empty when it is a valid schema. */
    public static List<String> metaSchemaProblems(String schema) {
        var meta = SchemaRegistry.withDialect(Dialects.getDraft202012())
                .getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));
        return meta.validate(JSON.readTree(schema), ASSERT_FORMATS).stream().map(Error::toString).toList();
    }

    private static List<JsonNode> documents(String body) {
        String text = body.strip();
        List<JsonNode> documents = new ArrayList<>();
        if (text.startsWith("[")) {
            JSON.readTree(text).forEach(documents::add);
        } else {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    documents.add(JSON.readTree(line));
                }
            }
        }
        return documents;
    }

    private static Schema compiled(String schema) {
        return COMPILED.computeIfAbsent(schema, text -> {
            JsonNode strict = JSON.readTree(text);
            closeObjects(strict);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(strict);
        });
    }

    /** Every object schema that names its properties allows no others, the reserved ones included only as named. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && object.get("properties").isObject()) {
            object.put("additionalProperties", false);
        }
        for (JsonNode child : node) {
            closeObjects(child);
        }
    }
}
