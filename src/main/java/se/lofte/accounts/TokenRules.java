package se.lofte.accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

/**
 * What a new API token needs: a name people recognise in the list, an organisation, at least one scope,
 * and an end. A token lives at most a year, so a forgotten one stops working on its own.
 */
final class TokenRules {

    static final int NAME_MAX = 100;
    static final int LONGEST_DAYS = 366;

    private TokenRules() {
    }

    /** {@code expires} is the first day on which the token no longer works. */
    static List<Problem> check(String name, OrganisationId organisation, Set<ApiScope> scopes, LocalDate expires,
                               LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", "problem.required"));
        } else if (name.strip().length() > NAME_MAX) {
            problems.add(Problem.of("name", "problem.tooLong", Integer.toString(NAME_MAX)));
        }
        if (organisation == null) {
            problems.add(Problem.of("organisation", "token.problem.organisationRequired"));
        }
        if (scopes.isEmpty()) {
            problems.add(Problem.of("scopes", "token.problem.scopeRequired"));
        }
        if (expires == null) {
            problems.add(Problem.of("expires", "problem.required"));
        } else if (!expires.isAfter(today)) {
            problems.add(Problem.of("expires", "token.problem.expiresNotAfterToday"));
        } else if (expires.isAfter(today.plusDays(LONGEST_DAYS))) {
            problems.add(Problem.of("expires", "token.problem.expiresTooLate",
                    today.plusDays(LONGEST_DAYS).toString()));
        }
        return problems;
    }
}
