package se.lofte.accounts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields that differ between an audit event's before and after JSON, for people to read: nested
 * values are flattened to paths such as {@code content.goals[0].text}, and only paths whose value changed,
 * appeared or disappeared are listed. It works on any JSON, so every module's events read the same way.
 */
public final class BeforeAfter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A changed field; {@code before} or {@code after} is null where the field did not exist. */
    public record Change(String field, String before, String after) {
    }

    private BeforeAfter() {
    }

    /** The changes in the order of the after value's fields, then fields that disappeared. */
    static List<Change> between(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        List<Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new Change(field, before.get(field), value));
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field)) {
                changes.add(new Change(field, value, null));
            }
        });
        return changes;
    }

    /** The JSON indented for reading, or nothing. */
    static String pretty(String json) {
        return json == null ? null : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json != null) {
            flatten("", MAPPER.readTree(json), fields);
        }
        return fields;
    }

    /** Leaves become text as people read them: strings without quotes, JSON null as {@code null}. */
    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject() && !node.isEmpty()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), fields));
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), fields);
            }
        } else {
            fields.put(path, node.isString() ? node.stringValue() : node.toString());
        }
    }
}
