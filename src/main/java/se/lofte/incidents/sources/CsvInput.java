package se.lofte.incidents.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read one record at a time through Apache Commons CSV, each record with the
 * physical line it starts on (the header's line is 1 in a file that starts with it). Blank lines are no
 * rows. Quoting broken beyond repair (a quote never closed) ends the file with an {@link UnreadableFile}
 * naming the line, since no later row can be told apart; so do bytes that are not valid in the file's
 * encoding ({@link StrictDecoding}): they mean the encoding was chosen wrongly, which no single row's
 * refusal would say.
 */
final class CsvInput {

    /** A data record: its first line in the file, and its values in header order (not trimmed). */
    record Row(long line, List<String> values) {

        String raw(char separator) {
            return String.join(String.valueOf(separator), values);
        }
    }

    private final ItemBudget budget = new ItemBudget();
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();

    CsvInput(InputStream in, Charset charset, char separator) throws UnreadableFile {
        Reader reader = budget.guard(new StrictDecoding(in, charset));
        try {
            this.parser = CSVFormat.RFC4180.builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFile(Reasons.FILE_IO, List.of(String.valueOf(e.getMessage())), e);
        }
        this.records = parser.iterator();
        Row first = next();
        if (first == null) {
            throw new UnreadableFile(Reasons.FILE_NO_HEADER, List.of(), null);
        }
        List<String> names = new ArrayList<>();
        for (String value : first.values()) {
            String name = value.strip();
            if (!name.isEmpty() && columns.putIfAbsent(name, names.size()) != null) {
                throw new UnreadableFile(Reasons.FILE_DUPLICATE_COLUMN, List.of(name), null);
            }
            names.add(name);
        }
        this.header = List.copyOf(names);
    }

    List<String> header() {
        return header;
    }

    /** The names among {@code wanted} the header lacks, in the order given. */
    List<String> missing(List<String> wanted) {
        return wanted.stream().filter(name -> !columns.containsKey(name)).toList();
    }

    /** Where a header name stands; only for names {@link #missing} did not return. */
    int column(String name) {
        return columns.get(name);
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws UnreadableFile {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            budget.nextItem();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof StrictDecoding.BadEncoding bad) {
                    throw new UnreadableFile(Reasons.FILE_BAD_ENCODING,
                            List.of(String.valueOf(bad.line()), bad.charset()), e);
                }
                if (budget.exceeded()) {
                    throw new UnreadableFile(Reasons.FILE_ITEM_TOO_LARGE,
                            List.of(String.valueOf(line), String.valueOf(ItemBudget.LIMIT)), e);
                }
                if (e instanceof UncheckedIOException io && !(io.getCause() instanceof CSVException)) {
                    throw new UnreadableFile(Reasons.FILE_IO, List.of(String.valueOf(io.getCause().getMessage())), e);
                }
                throw new UnreadableFile(Reasons.FILE_BAD_CSV, List.of(String.valueOf(line)), e);
            }
            List<String> values = record.toList();
            if (values.isEmpty() || (values.size() == 1 && values.get(0).isBlank())) {
                continue;
            }
            return new Row(line, values);
        }
    }
}
