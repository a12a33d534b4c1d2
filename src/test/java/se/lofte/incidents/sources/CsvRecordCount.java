package se.lofte.incidents.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How many data rows a CSV file has, counted apart from the parsers: the non-blank records after the
 * header, as Commons CSV reads them. Only for files a parser read to the end.
 */
final class CsvRecordCount {

    private CsvRecordCount() {
    }

    static long of(byte[] data, Charset charset, char separator) {
        int skip = charset.equals(StandardCharsets.UTF_8) && data.length >= 3 && (data[0] & 0xFF) == 0xEF
                && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(data, skip, data.length - skip), charset);
             CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(reader)) {
            long records = 0;
            for (CSVRecord record : csv) {
                if (!(record.size() == 0 || (record.size() == 1 && record.get(0).isBlank()))) {
                    records++;
                }
            }
            return Math.max(0, records - 1);
        } catch (IOException e) {
            throw new AssertionError("a file the parser read cannot be counted", e);
        }
    }
}
