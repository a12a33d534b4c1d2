package se.lofte.accounts;

import java.util.List;

import se.lofte.shared.Problem;

/** What came of choosing a password through a one-time link. */
public sealed interface PasswordChange {

    /** The password is set (and an invited account active): the person can sign in with it. */
    record Done() implements PasswordChange {
    }

    /** The password breaks a rule; the link still works. */
    record Refused(List<Problem> problems) implements PasswordChange {
    }

    /** The link is unknown, used or expired. */
    record LinkInvalid() implements PasswordChange {
    }
}
