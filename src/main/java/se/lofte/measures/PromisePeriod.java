package se.lofte.measures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.lofte.promises.PromiseContent;

/**
 * The days a promise runs, first and last included; an extension is part of it, since extending a promise
 * moves its last day. A measure belongs to the promise only when it lies wholly within these days: the goals
 * count from the first day, so a measure before it would be listed but never counted.
 */
public record PromisePeriod(LocalDate first, LocalDate last) {

    /** The period of the promise's text; null while a draft lacks either day. */
    public static PromisePeriod of(PromiseContent content) {
        return content.start() == null || content.end() == null ? null : new PromisePeriod(content.start(), content.end());
    }

    /** Whether the days {@code start}..{@code end} (one day when {@code end} is null) lie within the period. */
    public boolean contains(LocalDate start, LocalDate end) {
        LocalDate last = end == null ? start : end;
        return !start.isBefore(first) && !last.isAfter(this.last);
    }

    /** "1 januari–31 december 2027", or "1 januari 2027–31 december 2028" over two years. */
    public String words(Locale locale) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        DateTimeFormatter withoutYear = DateTimeFormatter.ofPattern("d MMMM", locale);
        return (first.getYear() == last.getYear() ? withoutYear : full).format(first) + "–" + full.format(last);
    }
}
