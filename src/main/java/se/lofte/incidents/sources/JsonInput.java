package se.lofte.incidents.sources;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file read as a token stream, one item at a time: the parsers walk the outer structure with
 * {@link #next()} and read each item (an event, a feature) as a small tree. Every Jackson failure becomes
 * an {@link UnreadableFile} saying where the file stopped making sense; a broken file cannot be read past
 * that point, so rows already handed on stay and no more follow.
 */
final class JsonInput {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(ItemBudget.LIMIT)
                            .maxNumberLength(100)
                            .build())
                    .build())
            // Items are read one at a time out of a larger document: what follows one is no error.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ItemBudget budget = new ItemBudget();
    private final JsonParser parser;

    JsonInput(InputStream in) throws UnreadableFile {
        try {
            // RFC 8259 and RFC 7946 make JSON exchanged between systems UTF-8; decoding it here, strictly, names
            // the line of a byte that is not, where Jackson's own decoding would only say "not JSON".
            this.parser = MAPPER.createParser(budget.guard(new StrictDecoding(in, StandardCharsets.UTF_8)));
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /**
     * Reads the file's first token, which must open the value its format is: a file without one (empty, or no
     * JSON) is refused as not JSON, one that opens anything else for the format's own reason.
     */
    void expectStart(JsonToken start, String otherwise) throws UnreadableFile {
        JsonToken first = next();
        if (first != start) {
            throw here(first == null ? Reasons.FILE_NOT_JSON : otherwise, null);
        }
    }

    /** The next token, or null at the end of the file. */
    JsonToken next() throws UnreadableFile {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /** The name of the property the parser stands on. */
    String propertyName() {
        return parser.currentName();
    }

    /** Skips the value the parser stands on, with everything inside it. */
    void skipValue() throws UnreadableFile {
        try {
            budget.nextItem();
            parser.skipChildren();
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /** Reads the value the parser stands on (its first token already read) as a tree. */
    JsonNode item() throws UnreadableFile {
        try {
            budget.nextItem();
            return MAPPER.readTree(parser);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /**
     * Reads the items of the array the parser stands in (its opening bracket already read) up to its end,
     * numbered from 1, and hands on each as the row {@code read} makes of it or as the row it was refused as.
     */
    void items(Item read, Consumer<ParsedRow> rows) throws UnreadableFile {
        long index = 0;
        for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
            if (token == null) {
                throw here(Reasons.FILE_NOT_JSON, null);
            }
            index++;
            JsonNode item = item();
            try {
                rows.accept(read.row(index, item));
            } catch (Refusal refusal) {
                rows.accept(refusal.row(index, item.toString()));
            }
        }
    }

    /** What a parser makes of one item of an array, given its number. */
    @FunctionalInterface
    interface Item {
        ParsedIncident row(long index, JsonNode item) throws Refusal;
    }

    /** After the top-level value: anything more is not one JSON document. */
    void expectEnd() throws UnreadableFile {
        if (next() != null) {
            throw here(Reasons.FILE_NOT_JSON, null);
        }
    }

    UnreadableFile here(String reason, Throwable cause) {
        TokenStreamLocation at = parser.currentLocation();
        return new UnreadableFile(reason, List.of(String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())),
                cause);
    }

    private UnreadableFile unreadable(JacksonException e) {
        if (budget.exceeded()) {
            TokenStreamLocation at = parser == null ? null : parser.currentLocation();
            return new UnreadableFile(Reasons.FILE_ITEM_TOO_LARGE,
                    List.of(at == null ? "1" : String.valueOf(at.getLineNr()), String.valueOf(ItemBudget.LIMIT)), e);
        }
        if (e.getCause() instanceof StrictDecoding.BadEncoding bad) {
            return new UnreadableFile(Reasons.FILE_BAD_ENCODING, List.of(String.valueOf(bad.line()), bad.charset()), e);
        }
        if (e.getCause() instanceof java.io.IOException io) {
            return new UnreadableFile(Reasons.FILE_IO, List.of(String.valueOf(io.getMessage())), e);
        }
        TokenStreamLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        return new UnreadableFile(Reasons.FILE_NOT_JSON, at == null ? List.of("1", "1")
                : List.of(String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())), e);
    }
}
