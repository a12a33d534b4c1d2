package se.lofte.followup;

import java.util.Locale;

import org.springframework.context.MessageSource;

import se.lofte.shared.SmallCountSuppression;

/** A count as evidence shows it to residents: 1 to 4 as "fewer than 5" ({@link SmallCountSuppression}). */
final class PublicCounts {

    private PublicCounts() {
    }

    static String of(MessageSource messages, long n, Locale locale) {
        return SmallCountSuppression.suppresses(n)
                ? messages.getMessage("followup.evidence.trend.fewerThan", new Object[] {
                        Integer.toString(SmallCountSuppression.THRESHOLD)}, locale)
                : Long.toString(n);
    }
}
