package se.lofte.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Points from a CSV file: comma separated, UTF-8 (a byte order mark is skipped), a header row, and the
 * columns holding x, y and (optionally) a value chosen by their header names. Numbers are written with a
 * decimal point. Positions are projected to a planar system as {@link Crs} says, so what comes out can be
 * measured in metres.
 *
 * <p>Rows are counted as a spreadsheet shows them: the header is row 1, the first data row is row 2 (a
 * record spanning lines in quotes is one row). Blank lines are skipped and not counted. Any cell that is
 * not a finite number, or a position that cannot be in the system, stops the reading with a
 * {@link BadInput} naming the row and column: a hotspot map from a silently shortened file would mislead.
 */
final class PointsCsv {

    private PointsCsv() {
    }

    /** Reads {@code file}; {@code valueColumn} may be null, then every point has the value 1. */
    static Points read(Path file, String xColumn, String yColumn, String valueColumn, Crs crs) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, xColumn, yColumn, valueColumn, crs);
        } catch (NoSuchFileException e) {
            throw new BadInput("--input: no such file " + file);
        } catch (IOException e) {
            throw new BadInput("--input: cannot read %s: %s".formatted(file, e.getMessage()));
        }
    }

    static Points read(InputStream in, String xColumn, String yColumn, String valueColumn, Crs crs) {
        // Strict decoding: a file in Windows-1252 read as UTF-8 would otherwise give wrong header names quietly.
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            return read(parser.iterator(), xColumn, yColumn, valueColumn, crs);
        } catch (CharacterCodingException e) {
            throw new BadInput("--input: the file is not UTF-8 text");
        } catch (UncheckedIOException | CSVException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw new BadInput(cause instanceof CharacterCodingException ? "--input: the file is not UTF-8 text"
                    : "--input: not readable as CSV: " + cause.getMessage());
        } catch (IOException e) {
            throw new BadInput("--input: cannot read the file: " + e.getMessage());
        }
    }

    private static Points read(Iterator<CSVRecord> records, String xColumn, String yColumn, String valueColumn,
            Crs crs) {
        if (!records.hasNext()) {
            throw new BadInput("--input: the file is empty; a header row naming the columns is needed.");
        }
        List<String> header = records.next().toList().stream().map(PointsCsv::headerName).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        int xAt = column(columns, header, xColumn, "--x");
        int yAt = column(columns, header, yColumn, "--y");
        int valueAt = valueColumn == null ? -1 : column(columns, header, valueColumn, "--value");
        var xs = new Doubles();
        var ys = new Doubles();
        var values = new Doubles();
        Crs.Projection projection = crs.projection();
        var planar = new ProjCoordinate();
        long row = 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            row++;
            double x = number(record, xAt, xColumn, row);
            double y = number(record, yAt, yColumn, row);
            String wrong = crs.check(x, y);
            if (wrong != null) {
                throw new BadInput("row %d, columns %s and %s: %s in %s.".formatted(row, xColumn, yColumn, wrong,
                        crs));
            }
            projection.project(x, y, planar);
            xs.add(planar.x);
            ys.add(planar.y);
            values.add(valueAt < 0 ? 1 : number(record, valueAt, valueColumn, row));
        }
        if (xs.size() == 0) {
            throw new BadInput("--input: the file has a header but no rows.");
        }
        return new Points(xs.toArray(), ys.toArray(), values.toArray());
    }

    private static String headerName(String cell) {
        return (cell.startsWith("\uFEFF") ? cell.substring(1) : cell).strip();
    }

    private static int column(Map<String, Integer> columns, List<String> header, String name, String option) {
        Integer at = columns.get(name);
        if (at == null) {
            throw new BadInput("%s: the file has no column '%s'; its columns are %s.".formatted(option, name,
                    String.join(", ", header)));
        }
        return at;
    }

    private static double number(CSVRecord record, int at, String column, long row) {
        if (at >= record.size()) {
            throw new BadInput("row %d, column %s: the row ends before this column.".formatted(row, column));
        }
        String text = record.get(at).strip();
        if (text.isEmpty()) {
            throw new BadInput("row %d, column %s: empty, a number is needed.".formatted(row, column));
        }
        double value = plainNumber(text);
        if (Double.isNaN(value)) {
            throw new BadInput("row %d, column %s: '%s' is not a number.".formatted(row, column, text));
        }
        return value;
    }

    /**
     * {@code text} as a finite decimal number (digits, sign, point, exponent), else NaN. Double.parseDouble
     * alone would also take "NaN", "Infinity", hexadecimal and a trailing d or f, none of which is a coordinate
     * or a count; the characters are checked first (a regular expression per cell took most of the reading).
     */
    static double plainNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A growing array of doubles, so a million points cost no boxing. */
    private static final class Doubles {
        private double[] items = new double[1024];
        private int size;

        void add(double value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
