package se.lofte.accounts;

import java.util.List;

import se.lofte.shared.Problem;

/** What came of an invitation; the page says which. */
public sealed interface InvitationResult {

    /** The form has problems; nothing was created or sent. */
    record Refused(List<Problem> problems) implements InvitationResult {
    }

    /** The pending account exists and the e-mail with its link is on its way. */
    record Sent(AccountId id, String email) implements InvitationResult {
    }

    /**
     * The pending account exists with its roles, but the e-mail could not be sent: the inviter must know,
     * and may send it again or hand over {@code link}, the invitation's single-use link, another way (a
     * person must not wait for a mail server to get in). {@code reason} is the mail server's own words.
     */
    record NotSent(AccountId id, String email, String reason, String link) implements InvitationResult {
    }

    /** The address already belongs to an active account: it got the roles, and no e-mail was needed. */
    record RolesAdded(AccountId id, String email) implements InvitationResult {
    }

    /** A resend was asked for an account that is already active: there is no invitation to send. */
    record AlreadyActive(AccountId id, String name) implements InvitationResult {
    }
}
