package se.lofte.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON text kept in progress tables: indicator parameters, value series and commitment keys. */
final class ProgressJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProgressJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, String> parameters(String json) {
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    static List<String> keys(String json) {
        return MAPPER.readValue(json, new TypeReference<List<String>>() {
        });
    }

    static List<ProgressPoint> series(String json) {
        return MAPPER.readValue(json, new TypeReference<List<ProgressPoint>>() {
        });
    }
}
