package se.lofte.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as residents write them ("15 februari 2019", in Swedish time), and as date fields send them. */
public final class Dates {

    /** Sweden's time zone: every date people see and every daily rule (a deadline, a night's run) is in it. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private Dates() {
    }

    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String day(OffsetDateTime time, Locale locale) {
        return time == null ? "" : day(time.atZoneSameInstant(SWEDEN).toLocalDate(), locale);
    }

    /** The time of day in Sweden as each language writes it: "14.32" in Swedish, "14:32" in English. */
    public static String time(OffsetDateTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern("sv".equals(locale.getLanguage()) ? "HH.mm" : "HH:mm")
                .format(time.atZoneSameInstant(SWEDEN));
    }

    /** The moment the day begins in Sweden: where a day of a filter, a period or a deadline starts. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(SWEDEN).toOffsetDateTime();
    }

    public static String iso(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(SWEDEN).toLocalDate().toString();
    }

    /**
     * A date field's value ({@code 2019-02-15}, as an {@code <input type=date>} sends it): null when left
     * empty, and null with a {@code problem.date} on {@code field} when it cannot be read.
     */
    public static LocalDate field(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "problem.date"));
            return null;
        }
    }
}
