package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.lofte.shared.Sha256;

/**
 * The hashes that chain a promise's published revisions. They are taken over canonical JSON, so they never
 * depend on how a database hands back times or how a JSON writer spaces, orders or spells numbers: anyone
 * holding the stored texts can recompute them. This definition is a contract: changing it invalidates every
 * stored hash.
 *
 * <p><b>Canonical JSON</b> (close to RFC 8785, but with exact decimal numbers):
 * <ul>
 * <li>no whitespace between tokens;</li>
 * <li>object members sorted by name, comparing UTF-16 code units (Java's {@code String} order); a name may
 * occur once;</li>
 * <li>arrays keep their order; {@code true}, {@code false} and {@code null} are written as such;</li>
 * <li>strings in double quotes; {@code "} and {@code \} escaped with a backslash; U+0008, U+0009, U+000A,
 * U+000C and U+000D as {@code \b \t \n \f \r}; other characters below U+0020 as {@code \}{@code u00xx} (lowercase
 * hex); every other character as itself;</li>
 * <li>numbers as their exact decimal value in plain notation: no exponent, no trailing zeros after the
 * point, no point when whole, zero as {@code 0} ({@code 1.50} → {@code 1.5}, {@code 1E+2} → {@code 100},
 * {@code -0.0} → {@code 0});</li>
 * <li>the text is encoded in UTF-8; a hash is its SHA-256 in lowercase hex.</li>
 * </ul>
 *
 * <p>{@code content_sha256} is the hash of the canonical stored content JSON. {@code record_sha256} is the
 * hash of the canonical form of the object with the members {@code promise_id} and {@code number} (numbers),
 * {@code published_at} (the instant in UTC as ISO 8601, {@code 2019-02-15T08:00:00Z}, a fraction of a second
 * only when there is one, in groups of three digits), {@code publisher_name}, {@code content_sha256},
 * {@code signatures} (the stored signatures JSON, as JSON) and {@code previous_sha256} (the record hash of
 * the revision before, {@code null} for the first).
 *
 * <p><b>Follow-ups.</b> A published joint follow-up (gemensam uppföljning) is a revision of its own: the promise's
 * content and signatures exactly as the revision before holds them, so its {@code content_sha256} is that
 * revision's, plus the follow-up as stored JSON. Its record object has one more member, {@code follow_up} (the
 * stored follow-up JSON, as JSON); every other revision's record has no such member at all, rather than a
 * {@code null} one, so that its object, and every hash stored before follow-ups existed, stays as it was. A
 * revision rather than a table beside the chain, because what the parties say about a promise is then sealed
 * into the same chain as the promise and checked by the same verifier; a member rather than a change of
 * {@code content}, because the promise's text did not change and the public page and the list of changes read
 * {@code content} alone.
 */
final class RevisionHashing {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // Exact decimals: a double would round 0.1 and long fractions differently from the stored text.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Text that could be read two ways (a name twice, something after the value) has no canonical form.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RevisionHashing() {
    }

    static String contentSha256(String contentJson) {
        return sha256(canonical(contentJson));
    }

    static String recordSha256(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                               String contentSha256, String signaturesJson, String previousSha256) {
        return recordSha256(promiseId, number, publishedAt, publisherName, contentSha256, signaturesJson,
                previousSha256, null);
    }

    /** The record hash of a revision that carries a follow-up; {@code followUpJson} null for any other. */
    static String recordSha256(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                               String contentSha256, String signaturesJson, String previousSha256,
                               String followUpJson) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("promise_id", promiseId.value());
        record.put("number", number);
        record.put("published_at", publishedAt.toInstant().toString());
        record.put("publisher_name", publisherName);
        record.put("content_sha256", contentSha256);
        record.set("signatures", read(signaturesJson));
        record.put("previous_sha256", previousSha256);
        if (followUpJson != null) {
            record.set("follow_up", read(followUpJson));
        }
        return sha256(canonical(record));
    }

    /** The canonical form of JSON text; {@link IllegalArgumentException} when the text is not JSON. */
    static String canonical(String json) {
        return canonical(read(json));
    }

    static String sha256(String canonical) {
        return Sha256.hex(canonical);
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String canonical(JsonNode node) {
        var out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(member -> sorted.put(member.getKey(), member.getValue()));
            out.append('{');
            boolean first = true;
            for (var member : sorted.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
