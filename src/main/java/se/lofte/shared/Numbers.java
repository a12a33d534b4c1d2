package se.lofte.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as readers write them in running text, on every page, public or staff, and in feeds and mails:
 * "3" and "2,5" in Swedish, "3" and "2.5" in English. The one place a counted or measured number becomes
 * text, so that a value reads the same wherever it is shown.
 */
public final class Numbers {

    private static final Locale SWEDISH = Locale.of("sv");

    /** Digits with at most one decimal sign; no exponent, so "1e9999" is not a number people typed. */
    private static final Pattern TYPED = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    /** Spaces people and spreadsheets put between groups of digits: plain, non-breaking and narrow. */
    private static final Pattern GROUP_SPACE = Pattern.compile("[\\s\\u00a0\\u202f]");

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

    /**
     * A number as people type it in any form field, whatever the page's language: "18,5" and "18.5" alike,
     * "1 000" with spaces between groups of digits. Null when it is not such a number (also "1.000,5", whose
     * two signs leave which one is the decimal one to guess).
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String compact = GROUP_SPACE.matcher(text.strip()).replaceAll("");
        if (!TYPED.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }
}
