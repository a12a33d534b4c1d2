package se.lofte.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lofte.shared.Problem;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long, not on the list of
 * common passwords, and not the person's own username or e-mail address. No composition rules (digits,
 * capitals): they make passwords harder to remember without making them harder to guess.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    static final String PASSWORD = "password";
    static final String REPEATED = "passwordRepeat";

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /**
     * The rules a password breaks, each named in its own problem; none when it may be used.
     * {@code repeated} is the second typing, which must match. {@code ownNames} are the username and the
     * e-mail address of the account (either may be null).
     */
    List<Problem> check(String password, String repeated, String... ownNames) {
        List<Problem> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        // Length in characters as a person counts them: an emoji or a combined letter is one.
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.of(PASSWORD, "acc.password.tooShort", Integer.toString(MIN_LENGTH)));
        } else if (length > MAX_LENGTH) {
            problems.add(Problem.of(PASSWORD, "acc.password.tooLong", Integer.toString(MAX_LENGTH)));
        } else if (isOwnName(candidate, ownNames)) {
            problems.add(Problem.of(PASSWORD, "acc.password.ownName"));
        } else if (common.contains(candidate)) {
            problems.add(Problem.of(PASSWORD, "acc.password.common"));
        }
        if (problems.isEmpty() && !candidate.equals(repeated)) {
            problems.add(Problem.of(REPEATED, "acc.password.mismatch"));
        }
        return problems;
    }

    private static boolean isOwnName(String password, String... ownNames) {
        String lower = password.toLowerCase(Locale.ROOT);
        for (String name : ownNames) {
            if (name != null && lower.equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
