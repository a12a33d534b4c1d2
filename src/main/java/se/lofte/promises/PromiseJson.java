package se.lofte.promises;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which promise content and signatures are stored. A mapper of its own, configured here,
 * so that a change to the web layer's JSON settings can never change how stored text is read back.
 */
final class PromiseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Only record components are stored: helpers such as Goal.isNumeric() are not data.
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
            .build();

    private PromiseJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static PromiseContent content(String json) {
        return MAPPER.readValue(json, PromiseContent.class);
    }

    static List<Signature> signatures(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Signature>>() {
        });
    }
}
