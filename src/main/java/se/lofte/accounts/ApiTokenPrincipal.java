package se.lofte.accounts;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * Who an API request is: a token, named {@code token:<id>}, with one {@code SCOPE_} authority per scope.
 * It carries the token as it was when the request came in, so an endpoint can tell the caller about
 * itself without another lookup.
 */
public final class ApiTokenPrincipal implements OAuth2AuthenticatedPrincipal {

    private final ApiToken token;

    ApiTokenPrincipal(ApiToken token) {
        this.token = token;
    }

    public ApiToken token() {
        return token;
    }

    @Override
    public String getName() {
        return token.principalName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return token.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList();
    }

    /** The token's facts in the names of OAuth token introspection (RFC 7662), for anything that logs them. */
    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("sub", getName(), "client_id", token.id().toString(), "exp", token.expiresAt().toInstant(),
                "scope", token.scopes().stream().map(ApiScope::value).sorted().toList());
    }
}
