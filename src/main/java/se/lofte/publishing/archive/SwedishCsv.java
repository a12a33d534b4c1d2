package se.lofte.publishing.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.lofte.shared.Dates;

/**
 * CSV as the staff's other downloads write it (the audit trail's export): for Excel with Swedish regional
 * settings, which splits columns on semicolons (the comma is its decimal separator), in UTF-8 with a byte order
 * mark, without which Excel reads å, ä and ö as two characters each. Text cells go through
 * {@link se.lofte.shared.SpreadsheetCells} so that none is read as a formula.
 */
public final class SwedishCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SwedishCsv() {
    }

    /** A printer writing to {@code out}, the byte order mark written already; closing it closes {@code out}. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, FORMAT);
    }

    /** A time as ISO 8601 in Swedish time with its offset, seconds always written, so that every row reads alike. */
    public static String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(Dates.SWEDEN));
    }

    /** A number as Excel with Swedish settings reads it: a decimal comma, no exponent; empty for none. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
