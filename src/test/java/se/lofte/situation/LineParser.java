package se.lofte.situation;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import se.lofte.situation.sources.IncidentParser;
import se.lofte.situation.sources.ParsedIncident;
import se.lofte.situation.sources.ParsedRow;
import se.lofte.situation.sources.RejectedRow;
import se.lofte.situation.sources.UnreadableFile;

/**
 * A tiny parser for pipeline tests that must not depend on a real format's quirks: one incident per line,
 * {@code id;category;time;latitude;longitude;municipality} (id may be empty), first line "LINES".
 */
final class LineParser implements IncidentParser {

    @Override
    public void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!"LINES".equals(reader.readLine())) {
                throw new UnreadableFile("test.notLines", List.of(), null);
            }
            long line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                String[] f = text.split(";", -1);
                if (f.length != 6) {
                    rows.accept(new RejectedRow(line, null, "test.columns", List.of(Integer.toString(f.length)), text));
                    continue;
                }
                try {
                    rows.accept(new ParsedIncident(line, f[0].isEmpty() ? null : f[0], f[1], OffsetDateTime.parse(f[2]),
                            null, PlacePrecision.POINT, Double.valueOf(f[3]), Double.valueOf(f[4]), null, f[5], null,
                            null));
                } catch (DateTimeParseException e) {
                    rows.accept(new RejectedRow(line, "time", "test.badTime", List.of(f[2]), text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
