package se.lofte.followup;

import java.time.LocalDate;

import se.lofte.promises.PromiseContent;

/**
 * The days a follow-up looks back on: the part of the promise's period in the follow-up's year, up to the end of June
 * for the half-year follow-up. Its last day is the follow-up's deadline. A promise that starts after June has no
 * half-year days in its first year: {@code from} is then after the days' natural end and the period {@link #empty}.
 */
record FollowUpPeriod(LocalDate from, LocalDate to, boolean empty) {

    static FollowUpPeriod of(PromiseContent content, int year, FollowUpKind kind) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = kind == FollowUpKind.HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        LocalDate from = content.start().isAfter(first) ? content.start() : first;
        LocalDate to = content.end().isBefore(last) ? content.end() : last;
        return to.isBefore(from) ? new FollowUpPeriod(from, from, true) : new FollowUpPeriod(from, to, false);
    }
}
