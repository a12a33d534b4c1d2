package se.lofte.surveys;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-time codes as printed on letters: ten characters of an alphabet without the ones people confuse (0 and O,
 * 1 and I), 50 random bits, shown in two groups of five. What a resident types is read leniently: case, spaces and
 * dashes do not matter.
 */
public final class OneTimeCodes {

    static final int LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private OneTimeCodes() {
    }

    static Set<String> make(int count, SecureRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            var code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code in what was typed, or null when it cannot be one. */
    static String read(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }

    /** As printed: {@code ABCDE FGHJK}. */
    public static String printed(String code) {
        return code.substring(0, LENGTH / 2) + " " + code.substring(LENGTH / 2);
    }
}
