package se.lofte.accounts;

import java.util.List;

import se.lofte.shared.Problem;

/** The outcome of asking for a new API token: the token and its secret, or what stopped it. */
public sealed interface TokenIssue {

    /** The secret is here and nowhere else: show it once, never store or log it. */
    record Issued(ApiToken token, String secret) implements TokenIssue {
    }

    record Refused(List<Problem> problems) implements TokenIssue {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
