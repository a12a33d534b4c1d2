package se.lofte.accounts;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TokenRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final OrganisationId ORGANISATION = new OrganisationId(7);

    @Test
    void acceptsANamedScopedTokenThatEndsWithinAYear() {
        assertThat(TokenRules.check("Import", ORGANISATION, Set.of(ApiScope.IMPORTS_WRITE), TODAY.plusDays(366), TODAY))
                .isEmpty();
    }

    @Test
    void refusesATokenWithoutNameOrganisationScopeOrEnd() {
        assertThat(TokenRules.check(" ", null, Set.of(), null, TODAY)).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("name", "problem.required"),
                        tuple("organisation", "token.problem.organisationRequired"),
                        tuple("scopes", "token.problem.scopeRequired"),
                        tuple("expires", "problem.required"));
    }

    @Test
    void refusesAnEndTodayOrMoreThanAYearAhead() {
        Set<ApiScope> scopes = Set.of(ApiScope.PROMISES_READ);
        assertThat(TokenRules.check("x", ORGANISATION, scopes, TODAY, TODAY)).extracting(Problem::code)
                .containsExactly("token.problem.expiresNotAfterToday");
        assertThat(TokenRules.check("x", ORGANISATION, scopes, TODAY.plusDays(367), TODAY))
                .containsExactly(Problem.of("expires", "token.problem.expiresTooLate", "2028-03-01"));
    }

    @Test
    void refusesANameTooLongForTheList() {
        assertThat(TokenRules.check("x".repeat(101), ORGANISATION, Set.of(ApiScope.AUDIT_READ), TODAY.plusDays(1), TODAY))
                .containsExactly(Problem.of("name", "problem.tooLong", "100"));
    }

    @Test
    void scopesAreNamedAsInTheApiAndGrantSpringScopeAuthorities() {
        assertThat(ApiScope.of("imports:write")).contains(ApiScope.IMPORTS_WRITE);
        assertThat(ApiScope.of("IMPORTS_WRITE")).isEmpty();
        assertThat(ApiScope.AUDIT_READ.authority()).isEqualTo("SCOPE_audit:read");
    }
}
