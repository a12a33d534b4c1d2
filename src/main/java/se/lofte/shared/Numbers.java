package se.lofte.shared;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as readers write them in running text, on every page, public or staff, and in feeds and mails:
 * "3" and "2,5" in Swedish, "3" and "2.5" in English. The one place a counted or measured number becomes
 * text, so that a value reads the same wherever it is shown.
 */
public final class Numbers {

    private static final Locale SWEDISH = Locale.of("sv");

    private Numbers() {
    }

    /**
     * The number in the reader's language: no trailing zeros, no exponent, a decimal comma in Swedish and a
     * decimal point in English, and no grouping that a screen reader would stumble on; empty for no number.
     */
    public static String of(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    /** The same in Swedish, for texts that are Swedish by design (feeds, the share image, press releases). */
    public static String swedish(BigDecimal value) {
        return of(value, SWEDISH);
    }
}
