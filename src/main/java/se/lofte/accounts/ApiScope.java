package se.lofte.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do. The value is the scope's name in the API ({@code promises:read}); a request
 * made with the token carries the authority {@code SCOPE_<value>}, the convention Spring Security uses for
 * OAuth scopes, so endpoints say {@code hasAuthority("SCOPE_imports:write")} whichever way a token came.
 * New scopes are added here; stored tokens keep the names they were given.
 */
public enum ApiScope {
    /** Read promises, drafts included, of the token's organisation. */
    PROMISES_READ("promises:read"),
    /** Send incident and place data to the situation picture's imports. */
    IMPORTS_WRITE("imports:write"),
    /** Read the organisation's audit trail, such as which tokens exist and when they were used. */
    AUDIT_READ("audit:read"),
    /** Send citizen reports through Open311 on behalf of residents (an app or another city system). */
    REPORTS_WRITE("reports:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
