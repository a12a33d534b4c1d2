package se.lofte.surveys;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.lofte.shared.ControlCharacters;
import se.lofte.shared.Numbers;
import se.lofte.shared.PersonalIdentityNumbers;

/**
 * Reads a CSV file of another survey's aggregated results (the column format is in docs/surveys.md, "External
 * results", and in the example file). The whole file is read and every problem listed with its line (the header is
 * line 1, as a spreadsheet numbers it) and column (as the file names it): the import is all or nothing, so one
 * pass that tells everything saves the person a round per mistake.
 * <p>
 * The encoding is told from the bytes: a UTF-8 byte order mark, or bytes that are valid UTF-8, mean UTF-8;
 * anything else is read as Windows-1252, which is what Excel with Swedish settings saves as "CSV". The separator is
 * the one of semicolon and comma the header holds more of. Numbers take a decimal comma or point, spaces between
 * groups of digits, and a share a trailing {@code %}.
 */
final class ExternalResultFile {

    /** More rows than a survey's results ever have (questions × options × areas): a wrong file. */
    static final int ROWS_MAX = 20_000;
    static final int SOURCE_MAX = 200;
    /** A count above this is not a survey's: a typing error. */
    static final int ANSWERING_MAX = 10_000_000;

    /** The columns, each with its Swedish name first, its English name last, and the other names it is known by. */
    enum Column {
        QUESTION(true, "fråga", "fraga", "question"),
        KEY(false, "frågenyckel", "fragenyckel", "nyckel", "key", "question_key"),
        OPTION(true, "svarsalternativ", "alternativ", "svar", "answer", "option"),
        AREA(false, "område", "omrade", "area", "district"),
        COUNT(false, "antal", "count"),
        SHARE(false, "andel_procent", "andel", "share", "percent", "share_percent"),
        ANSWERING(true, "svarande", "antal_svarande", "n", "respondents", "answering");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    /** One accepted row: an option of a question in an area (null: the whole municipality). */
    record Line(int line, String question, String key, String option, String area, int count, int answering) {
    }

    /** The rows of a file without problems, or the problems of one with any (then no rows). */
    record Parsed(List<Line> lines, List<FileProblem> problems) {

        Parsed {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }
    }

    private final Set<String> knownKeys;
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<Column, String> headerNames = new EnumMap<>(Column.class);
    private int rowsWithProblems;

    private ExternalResultFile(Set<String> knownKeys) {
        this.knownKeys = knownKeys;
    }

    /** @param knownKeys the question keys a row may name: those of the municipality's template questions */
    static Parsed parse(byte[] bytes, Set<String> knownKeys) {
        return new ExternalResultFile(knownKeys).read(bytes);
    }

    private Parsed read(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            return refused(0, null, "surveys.external.error.utf16");
        }
        if (text.isBlank()) {
            return refused(0, null, "surveys.external.error.empty");
        }
        char separator = separator(text);
        List<Line> lines = new ArrayList<>();
        int line = 1;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<Integer, Column> columns = header(records.next().toList());
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            Groups groups = new Groups();
            while (true) {
                line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> values = records.next().toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() + rowsWithProblems >= ROWS_MAX) {
                    return refused(line, null, "surveys.external.error.tooManyRows", Integer.toString(ROWS_MAX));
                }
                Line row = row(line, values, columns);
                if (row != null && groups.accept(row)) {
                    lines.add(row);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // A quote never closed: no later row can be told apart.
            problems.add(new FileProblem(line, null, "surveys.external.error.quoting", List.of()));
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(new FileProblem(0, null, "surveys.external.error.noRows", List.of()));
        }
        return problems.isEmpty() ? new Parsed(lines, List.of()) : new Parsed(List.of(), problems);
    }

    private Parsed refused(int line, String column, String code, String... args) {
        problems.add(new FileProblem(line, column, code, List.of(args)));
        return new Parsed(List.of(), problems);
    }

    /** The file's text, or null for UTF-16, which neither Excel's "CSV" nor a hand-written file is. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return null;
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Of semicolon and comma, the one the header line holds more of outside quotes (a tie: semicolon). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private Map<Integer, Column> header(List<String> names) {
        Map<Integer, Column> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String written = names.get(i).strip();
            if (written.isEmpty()) {
                continue;
            }
            Column column = column(written);
            if (column == null) {
                problems.add(new FileProblem(1, written, "surveys.external.error.unknownColumn", List.of()));
            } else if (headerNames.containsKey(column)) {
                problems.add(new FileProblem(1, written, "surveys.external.error.columnTwice",
                        List.of(headerNames.get(column))));
            } else {
                headerNames.put(column, written);
                columns.put(i, column);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !headerNames.containsKey(column)) {
                problems.add(new FileProblem(1, null, "surveys.external.error.missingColumn",
                        List.of(column.names.getFirst(), column.names.getLast())));
            }
        }
        if (!headerNames.containsKey(Column.COUNT) && !headerNames.containsKey(Column.SHARE)) {
            problems.add(new FileProblem(1, null, "surveys.external.error.countOrShareColumn", List.of()));
        }
        return columns;
    }

    /** The column a header name means: case, spaces and dashes aside. */
    static Column column(String written) {
        String name = written.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", "_");
        for (Column column : Column.values()) {
            if (column.names.contains(name)) {
                return column;
            }
        }
        return null;
    }

    private Line row(int line, List<String> values, Map<Integer, Column> columns) {
        int before = problems.size();
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < values.size(); i++) {
            Column column = columns.get(i);
            if (column != null) {
                cells.put(column, values.get(i).strip());
            } else if (!values.get(i).isBlank()) {
                problems.add(new FileProblem(line, null, "surveys.external.error.extraValue",
                        List.of(Integer.toString(i + 1))));
            }
        }
        String question = text(line, cells, Column.QUESTION, SurveyRules.TEXT_MAX);
        String option = text(line, cells, Column.OPTION, SurveyRules.OPTION_MAX);
        String area = text(line, cells, Column.AREA, SurveyRules.OPTION_MAX);
        String key = cells.getOrDefault(Column.KEY, "");
        if (!key.isEmpty() && !knownKeys.contains(key)) {
            problem(line, Column.KEY, "surveys.external.error.unknownKey", key,
                    String.join(", ", knownKeys.stream().sorted().toList()));
        }
        Integer answering = whole(line, cells, Column.ANSWERING);
        if (answering != null && (answering < 1 || answering > ANSWERING_MAX)) {
            problem(line, Column.ANSWERING, "surveys.external.error.answeringRange", Integer.toString(ANSWERING_MAX));
            answering = null;
        }
        Integer count = whole(line, cells, Column.COUNT);
        BigDecimal share = share(line, cells);
        String countText = cells.getOrDefault(Column.COUNT, "");
        String shareText = cells.getOrDefault(Column.SHARE, "");
        if (countText.isEmpty() && shareText.isEmpty()) {
            problem(line, headerNames.containsKey(Column.COUNT) ? Column.COUNT : Column.SHARE,
                    "surveys.external.error.countOrShare");
        }
        if (answering != null && count != null && (count < 0 || count > answering)) {
            problem(line, Column.COUNT, "surveys.external.error.countRange", Integer.toString(answering));
            count = null;
        }
        if (answering != null && share != null) {
            int fromShare = share.multiply(BigDecimal.valueOf(answering)).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).intValueExact();
            if (count == null && countText.isEmpty()) {
                count = fromShare;
            } else if (count != null && BigDecimal.valueOf(count * 100.0 / answering).subtract(share).abs()
                    .compareTo(BigDecimal.valueOf(0.5)) > 0) {
                // A share is given to a whole percent at least, so the two differ by more only when one is wrong.
                problem(line, Column.SHARE, "surveys.external.error.shareAndCount", Integer.toString(count),
                        Integer.toString(answering));
            }
        }
        if (problems.size() > before) {
            rowsWithProblems++;
            return null;
        }
        return new Line(line, question, key.isEmpty() ? null : key, option, area.isEmpty() ? null : area, count,
                answering);
    }

    private String text(int line, Map<Column, String> cells, Column column, int max) {
        String value = cells.getOrDefault(column, "");
        if (value.isEmpty() && column.required) {
            problem(line, column, "surveys.external.error.required");
        } else if (value.length() > max) {
            problem(line, column, "surveys.external.error.long", Integer.toString(max));
        } else if (ControlCharacters.indexIn(value) >= 0) {
            // Invisible, they only hide in what shows: an override makes a published text read backwards.
            problem(line, column, "surveys.external.error.control",
                    ControlCharacters.name(value.charAt(ControlCharacters.indexIn(value))));
        } else {
            List<String> numbers = PersonalIdentityNumbers.findIn(value);
            if (!numbers.isEmpty()) {
                problem(line, column, "surveys.external.error.personalNumber", String.join(", ", numbers));
            }
        }
        return value;
    }

    private Integer whole(int line, Map<Column, String> cells, Column column) {
        String value = cells.getOrDefault(column, "");
        if (value.isEmpty()) {
            if (column.required) {
                problem(line, column, "surveys.external.error.required");
            }
            return null;
        }
        BigDecimal number = Numbers.parse(value);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(
                BigDecimal.valueOf(ANSWERING_MAX)) > 0) {
            problem(line, column, "surveys.external.error.whole", value);
            return null;
        }
        return number.intValueExact();
    }

    private BigDecimal share(int line, Map<Column, String> cells) {
        String value = cells.getOrDefault(Column.SHARE, "");
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal share = Numbers.parse(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            problem(line, Column.SHARE, "surveys.external.error.share", value);
            return null;
        }
        return share;
    }

    private void problem(int line, Column column, String code, String... args) {
        problems.add(new FileProblem(line, headerNames.getOrDefault(column, column.names.getFirst()), code,
                List.of(args)));
    }

    /**
     * What must hold between rows: a question has one key, a key one question, an option is given once per question
     * and area, and all options of a question in an area have the same number answering.
     */
    private final class Groups {

        private final Map<String, Line> keyOfQuestion = new HashMap<>();
        private final Map<String, Line> questionOfKey = new HashMap<>();
        private final Map<List<String>, Line> options = new HashMap<>();
        private final Map<List<String>, Line> answering = new HashMap<>();

        boolean accept(Line row) {
            int before = problems.size();
            Line first = keyOfQuestion.putIfAbsent(row.question(), row);
            if (first != null && !Objects.equals(first.key(), row.key())) {
                problem(row.line(), Column.KEY, "surveys.external.error.keyDiffers", Integer.toString(first.line()),
                        first.key() == null ? "–" : first.key());
            }
            if (row.key() != null) {
                Line keyed = questionOfKey.putIfAbsent(row.key(), row);
                if (keyed != null && !keyed.question().equals(row.question())) {
                    problem(row.line(), Column.KEY, "surveys.external.error.keyTwice", Integer.toString(keyed.line()));
                }
            }
            String area = row.area() == null ? "" : row.area();
            Line same = options.putIfAbsent(List.of(row.question(), area, row.option()), row);
            if (same != null) {
                problem(row.line(), Column.OPTION, "surveys.external.error.optionTwice", Integer.toString(same.line()));
            }
            Line group = answering.putIfAbsent(List.of(row.question(), area), row);
            if (group != null && group.answering() != row.answering()) {
                problem(row.line(), Column.ANSWERING, "surveys.external.error.answeringDiffers",
                        Integer.toString(group.line()), Integer.toString(group.answering()));
            }
            if (problems.size() > before) {
                rowsWithProblems++;
                return false;
            }
            return true;
        }
    }
}
