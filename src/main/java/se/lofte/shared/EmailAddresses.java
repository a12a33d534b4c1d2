package se.lofte.shared;

import java.util.regex.Pattern;

/**
 * Whether text can be an e-mail address: something@something.something without spaces, at most 254
 * characters (the longest address SMTP carries). Deliberately loose: stricter patterns refuse real
 * addresses, and only a mail that arrives proves an address works.
 */
public final class EmailAddresses {

    public static final int MAX = 254;

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    public static boolean isPlausible(String address) {
        return address != null && address.length() <= MAX && PLAUSIBLE.matcher(address).matches();
    }
}
