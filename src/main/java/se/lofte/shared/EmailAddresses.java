package se.lofte.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether text is an e-mail address Löfte will send to, and if not, what is wrong with it: the one check for
 * every address people type (subscriptions, invitations, password resets, accessibility reports).
 *
 * <p>The rule is the everyday part of RFC 5321 and RFC 5322: {@code local@domain}, at most 254 characters
 * (what fits in SMTP's 256-octet path with its angle brackets); a local part of at most 64 characters in
 * dot-atom form (letters a–z, digits and {@code !#$%&'*+-/=?^_`{|}~}, with single dots between them); and
 * a domain of at least two labels of letters, digits and hyphens (1–63 characters, no hyphen first or
 * last), whose last label is not all digits. Refused although RFC 5322 allows them: quoted local parts
 * ({@code "a b"@example.se}), address literals ({@code a@[192.0.2.1]}), domains without a dot
 * ({@code a@localhost}, undeliverable on the internet), and anything beyond ASCII (RFC 6531 needs an
 * SMTPUTF8 mail path; an international domain can be typed in its {@code xn--} form). Such rare addresses
 * are no loss against what they let through: header injection, and text a mail server refuses or misreads.
 */
public final class EmailAddresses {

    public static final int MAX = 254;
    public static final int LOCAL_PART_MAX = 64;

    /** What is wrong with an address, in the order it is checked; each has a message {@code problem.email.<key>}. */
    public enum Flaw {
        /** A space, a line break or another invisible or control character. */
        SPACE_OR_CONTROL("spaceOrControl"),
        TOO_LONG("tooLong"),
        /** Not one {@code @} with text on both sides. */
        FORM("form"),
        LOCAL_PART_TOO_LONG("localPartTooLong"),
        LOCAL_PART("localPart"),
        DOMAIN("domain");

        private final String key;

        Flaw(String key) {
            this.key = key;
        }

        /** The message key: {@code problem.email.<key>}, with the limit as {0} where there is one. */
        public String messageKey() {
            return "problem.email." + key;
        }
    }

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private EmailAddresses() {
    }

    /** Whether the address passes the check: {@link #flaw} is empty. */
    public static boolean isValid(String address) {
        return flaw(address).isEmpty();
    }

    /** The first thing wrong with the address (as typed, after stripping the ends), or empty when it is fine. */
    public static Optional<Flaw> flaw(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.of(Flaw.FORM);
        }
        if (address.codePoints().anyMatch(EmailAddresses::spaceOrControl)) {
            return Optional.of(Flaw.SPACE_OR_CONTROL);
        }
        if (address.length() > MAX) {
            return Optional.of(Flaw.TOO_LONG);
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return Optional.of(Flaw.FORM);
        }
        String local = address.substring(0, at);
        if (local.length() > LOCAL_PART_MAX) {
            return Optional.of(Flaw.LOCAL_PART_TOO_LONG);
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            return Optional.of(Flaw.LOCAL_PART);
        }
        return validDomain(address.substring(at + 1)) ? Optional.empty() : Optional.of(Flaw.DOMAIN);
    }

    /** What is wrong with the address as a problem at the form field, or empty when it is fine. */
    public static Optional<Problem> problem(String field, String address) {
        return flaw(address).map(flaw -> switch (flaw) {
            case TOO_LONG -> Problem.of(field, flaw.messageKey(), Integer.toString(MAX));
            case LOCAL_PART_TOO_LONG -> Problem.of(field, flaw.messageKey(), Integer.toString(LOCAL_PART_MAX));
            default -> Problem.of(field, flaw.messageKey());
        });
    }

    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean spaceOrControl(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
