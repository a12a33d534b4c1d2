package se.lofte.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as residents write them: "15 februari 2019", in Swedish time. */
public final class Dates {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private Dates() {
    }

    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String day(OffsetDateTime time, Locale locale) {
        return time == null ? "" : day(time.atZoneSameInstant(SWEDEN).toLocalDate(), locale);
    }

    public static String iso(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(SWEDEN).toLocalDate().toString();
    }
}
