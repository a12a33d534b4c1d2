package se.lofte.followup;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.StoredJson;

/**
 * The JSON form in which follow-ups are stored and published, as every stored record is ({@link StoredJson}):
 * helpers such as {@code Verdict.needsWhy()} are not data.
 */
final class FollowUpJson {

    private static final JsonMapper MAPPER = StoredJson.mapper();

    private FollowUpJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static List<Assessment> assessments(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Assessment>>() {
        });
    }

    /** The published follow-up sealed in a revision; {@link IllegalStateException} when it cannot be read. */
    static FollowUpDocument document(String json) {
        try {
            return MAPPER.readValue(json, FollowUpDocument.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("A follow-up revision that cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
