package se.lofte.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import se.lofte.promises.PublishedRevision;

/**
 * What evidence is asked for: the commitments and goals of the promise's latest revision, over the follow-up's
 * days {@code from}..{@code to} ({@link FollowUpPeriod}), as public at {@code now}.
 */
public record EvidenceRequest(PublishedRevision latest, int year, FollowUpKind kind, LocalDate from, LocalDate to,
                              Instant now) {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The request for a follow-up of the year; its days lie within the promise's period. */
    static EvidenceRequest of(PublishedRevision latest, int year, FollowUpKind kind, Instant now) {
        var period = FollowUpPeriod.of(latest.content(), year, kind);
        return new EvidenceRequest(latest, year, kind, period.from(), period.to(), now);
    }

    /** Whether the days {@code start}..{@code end} overlap the request's days. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !(end == null ? start : end).isBefore(from);
    }

    /**
     * A line in both languages from one message key, its arguments written for each language by {@code args}
     * (numbers and dates as text, so that no message format regroups a number).
     */
    public static Evidence line(MessageSource messages, ItemKind kind, String key, String code,
                                Function<Locale, Object[]> args) {
        return new Evidence(kind, key, messages.getMessage(code, args.apply(SWEDISH), SWEDISH),
                messages.getMessage(code, args.apply(ENGLISH), ENGLISH));
    }
}
