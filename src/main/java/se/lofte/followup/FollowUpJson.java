package se.lofte.followup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which follow-ups are stored and published. A mapper of its own, so that a change to the web
 * layer's JSON settings can never change how stored or sealed text is read back. Only record components are
 * written: helpers such as {@code Verdict.needsWhy()} are not data.
 */
final class FollowUpJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
            .build();

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
