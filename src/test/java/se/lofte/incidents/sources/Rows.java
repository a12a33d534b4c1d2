package se.lofte.incidents.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a parser handed on, read back in the tests. */
record Rows(List<ParsedRow> all) {

    static Rows of(IncidentParser parser, String text) throws UnreadableFile {
        return of(parser, text.getBytes(StandardCharsets.UTF_8));
    }

    static Rows of(IncidentParser parser, byte[] bytes) throws UnreadableFile {
        List<ParsedRow> rows = new ArrayList<>();
        parser.parse(new ByteArrayInputStream(bytes), rows::add);
        return new Rows(rows);
    }

    /** Why the parser calls this file unreadable; the test fails where it reads the file, or fails otherwise. */
    static UnreadableFile unreadable(IncidentParser parser, String text) {
        return assertThrows(UnreadableFile.class, () -> of(parser, text));
    }

    /** The same for bytes that are no text in the file's encoding. */
    static UnreadableFile unreadable(IncidentParser parser, byte[] bytes) {
        return assertThrows(UnreadableFile.class, () -> of(parser, bytes));
    }

    /**
     * Asserts that the parser refuses the file's one data row at this column, for this reason, with these message
     * arguments (separated by spaces): the check each parser's table of bad values runs.
     */
    static void assertRefused(IncidentParser parser, String text, String column, String reason, String args)
            throws UnreadableFile {
        assertThat(of(parser, text).onlyRejection())
                .extracting(RejectedRow::column, RejectedRow::reason, refused -> String.join(" ", refused.args()))
                .containsExactly(column, reason, args);
    }

    static Rows ofResource(IncidentParser parser, String resource) throws UnreadableFile, IOException {
        try (InputStream in = Rows.class.getResourceAsStream(resource)) {
            List<ParsedRow> rows = new ArrayList<>();
            parser.parse(in, rows::add);
            return new Rows(rows);
        }
    }

    List<ParsedIncident> incidents() {
        return all.stream().filter(ParsedIncident.class::isInstance).map(ParsedIncident.class::cast).toList();
    }

    List<RejectedRow> rejected() {
        return all.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast).toList();
    }

    ParsedIncident incident(String sourceId) {
        return incidents().stream().filter(i -> sourceId.equals(i.sourceId())).findFirst().orElseThrow();
    }

    ParsedIncident onlyIncident() {
        if (all.size() != 1 || !(all.get(0) instanceof ParsedIncident incident)) {
            throw new AssertionError("expected one incident, got " + all);
        }
        return incident;
    }

    RejectedRow onlyRejection() {
        if (all.size() != 1 || !(all.get(0) instanceof RejectedRow rejected)) {
            throw new AssertionError("expected one rejected row, got " + all);
        }
        return rejected;
    }
}
