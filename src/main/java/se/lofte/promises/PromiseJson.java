package se.lofte.promises;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.StoredJson;

/**
 * The JSON form in which promise content and signatures are stored, as every stored record is ({@link StoredJson}):
 * a mapper of the module's own, so that a change to the web layer's JSON settings can never change how stored text
 * is read back.
 */
final class PromiseJson {

    private static final JsonMapper MAPPER = StoredJson.mapper();

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
