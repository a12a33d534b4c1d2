package se.lofte.incidents.sources;

import java.util.function.ToIntFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many records a JSON file has, counted apart from the parsers in the tree Jackson reads. Only for files
 * a parser read to the end: one that Jackson cannot read is itself a finding.
 */
final class JsonRecordCount {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRecordCount() {
    }

    /** The records {@code records} finds in the file's tree, such as the size of its feature array. */
    static long of(byte[] data, ToIntFunction<JsonNode> records) {
        JsonNode file;
        try {
            file = JSON.readTree(data);
        } catch (JacksonException e) {
            throw new AssertionError("parsed a file Jackson cannot read", e);
        }
        return records.applyAsInt(file);
    }
}
