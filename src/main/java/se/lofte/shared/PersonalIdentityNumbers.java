package se.lofte.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
 * free text, so that text that may become public can be refused before it is saved.
 *
 * <p>Recognised: {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} (age 100 or more), {@code YYMMDDNNNC},
 * {@code YYYYMMDD-NNNC} and {@code YYYYMMDDNNNC}, where the day may be raised by 60 for a coordination
 * number and C is the Luhn check digit over the ten-digit form. The date must exist. A ten-digit phone
 * number can pass all of these checks by chance, so callers say which number they found.
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\d-+])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)(?![\\d])");

    private PersonalIdentityNumbers() {
    }

    /** Every personal identity or coordination number in the text, as written there. */
    public static List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isValid(m.group(1), m.group(2), m.group(3), m.group(4), m.group(6), m.group(7))) {
                found.add(m.group());
            }
        }
        return found;
    }

    public static boolean containsAny(String text) {
        return !findIn(text).isEmpty();
    }

    private static boolean isValid(String century, String year, String month, String day, String serial,
                                   String check) {
        int d = Integer.parseInt(day);
        int realDay = d > 60 ? d - 60 : d;
        if (!dateExists(century, Integer.parseInt(year), Integer.parseInt(month), realDay)) {
            return false;
        }
        return luhnCheckDigit(year + month + day + serial) == check.charAt(0) - '0';
    }

    /** Without a century the date only has to exist in one of the last two centuries (29 February). */
    private static boolean dateExists(String century, int year, int month, int day) {
        if (century != null) {
            int c = Integer.parseInt(century);
            return (c == 18 || c == 19 || c == 20) && exists(c * 100 + year, month, day);
        }
        return exists(1900 + year, month, day) || exists(2000 + year, month, day);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
