package se.lofte.publishing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.testing.PromiseSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The joint follow-up in the open data: the promise document carries it once published, as the schema
 * describes it, and the bulk CSV gives each commitment's and goal's verdict and reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpOpenDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aPublishedFollowUpIsInThePromiseDocumentAsTheSchemaDescribesItAndInTheCsv() throws Exception {
        var promise = promises.publish(c -> c);
        String api = "/api/promises/" + promise.id().value();
        String schema = PromiseSchema.served(mvc);
        String before = body(api);
        PromiseSchema.assertConforms(schema, before);
        assertThat(json.readTree(before).has("followUp")).isFalse();
        assertThat(csvRows(promise.id().value())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("verdict") + row.get("reason")).isEmpty());

        String explanation = "Vi hann inte med allt " + UUID.randomUUID();
        promises.publishFollowUp(promise, Verdict.NOT_FULFILLED, Reason.OTHER_ACTOR, explanation);
        var content = promises.latest(promise.id()).content();
        int revision = promises.latest(promise.id()).number();

        for (String address : List.of(api, api + "/revisions/" + revision)) {
            String body = body(address);
            PromiseSchema.assertConforms(schema, body);
            JsonNode followUp = json.readTree(body).get("followUp");
            assertThat(followUp).as(address).isNotNull();
            assertThat(followUp.get("kind").asString()).isEqualTo("YEAR_END");
            assertThat(followUp.get("year").asInt()).isEqualTo(promise.year());
            assertThat(followUp.get("revision").asInt()).isEqualTo(revision);
            assertThat(followUp.get("publishedAt").asString()).isNotBlank();
            assertThat(followUp.get("summary").get("goals").asInt()).isEqualTo(content.goals().size());
            assertThat(followUp.get("summary").get("goalsReached").asInt()).isZero();
            assertThat(followUp.get("summary").get("commitments").asInt()).isEqualTo(content.commitments().size());
            assertThat(followUp.get("items")).hasSize(content.goals().size() + content.commitments().size());
            JsonNode first = followUp.get("items").get(0);
            assertThat(first.get("kind").asString()).isEqualTo("COMMITMENT");
            assertThat(first.get("key").asString()).isEqualTo(content.commitments().getFirst().key());
            assertThat(first.get("verdict").asString()).isEqualTo("NOT_FULFILLED");
            assertThat(first.get("reason").asString()).isEqualTo("OTHER_ACTOR");
            assertThat(first.get("explanation").asString()).isEqualTo(explanation);
        }
        // The revision before the follow-up shows none: each revision carries what was published up to it.
        assertThat(json.readTree(body(api + "/revisions/" + (revision - 1))).has("followUp")).isFalse();
        String line = body("/api/bulk/medborgarloften.jsonl").lines()
                .filter(l -> l.contains("\"id\":" + promise.id().value() + ",")).findFirst().orElseThrow();
        PromiseSchema.assertConforms(schema, line);
        assertThat(json.readTree(line).get("followUp").get("items")).isNotEmpty();

        List<CSVRecord> rows = csvRows(promise.id().value());
        assertThat(rows).hasSize(content.goals().size() + content.commitments().size())
                .allSatisfy(row -> {
                    assertThat(row.get("verdict")).isEqualTo("NOT_FULFILLED");
                    assertThat(row.get("reason")).isEqualTo("OTHER_ACTOR");
                });
    }

    private List<CSVRecord> csvRows(long promiseId) throws Exception {
        String csv = body("/api/bulk/medborgarloften.csv");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().stream()
                .filter(r -> r.get("promise_id").equals(Long.toString(promiseId))).toList();
    }

    private String body(String address) throws Exception {
        var response = mvc.perform(get(address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
