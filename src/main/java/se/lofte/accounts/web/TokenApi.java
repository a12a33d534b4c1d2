package se.lofte.accounts.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiToken;
import se.lofte.accounts.ApiTokenPrincipal;
import se.lofte.accounts.ApiTokens;
import se.lofte.organisations.Organisations;

/**
 * What a machine client can ask about its own access: the token it holds, and, with {@code audit:read},
 * every token of its organisation. Which requests need which scope is set in the API's security chain.
 */
@RestController
@RequestMapping(path = "/api/tokens", produces = "application/json")
@Tag(name = "API-nycklar", description = "API tokens of machine clients")
@SecurityScheme(name = TokenApi.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token made by an administrator under Hantera > API-nycklar")
@SecurityRequirement(name = TokenApi.SCHEME)
class TokenApi {

    static final String SCHEME = "apiToken";

    private final ApiTokens tokens;
    private final Organisations organisations;

    TokenApi(ApiTokens tokens, Organisations organisations) {
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @GetMapping("/self")
    @Operation(summary = "The token this request is made with: its name, organisation, scopes and expiry")
    @ApiResponse(responseCode = "401", description = "No token, or an unknown, expired or revoked one")
    SelfJson self(@AuthenticationPrincipal ApiTokenPrincipal caller) {
        ApiToken token = caller.token();
        var organisation = organisations.find(token.organisation()).orElseThrow();
        return new SelfJson(token.id().value(), token.name(),
                new OrganisationJson(organisation.id().value(), organisation.name()), scopes(token),
                token.createdAt(), token.expiresAt());
    }

    @GetMapping
    @Operation(summary = "Every token of the caller's organisation, revoked and expired ones included",
            description = "Needs the scope audit:read.")
    @ApiResponse(responseCode = "403", description = "The token lacks the scope audit:read")
    List<TokenJson> organisationTokens(@AuthenticationPrincipal ApiTokenPrincipal caller) {
        OffsetDateTime now = OffsetDateTime.now();
        return tokens.ofOrganisation(caller.token().organisation()).stream()
                .map(t -> new TokenJson(t.id().value(), t.name(), scopes(t), t.status(now).name().toLowerCase(),
                        t.createdAt(), t.createdBy(), t.expiresAt(), t.lastUsedAt(), t.revokedAt()))
                .toList();
    }

    private static List<String> scopes(ApiToken token) {
        return token.scopes().stream().map(ApiScope::value).sorted().toList();
    }

    record OrganisationJson(long id, String name) {
    }

    record SelfJson(long id, String name, OrganisationJson organisation, List<String> scopes,
                    OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    record TokenJson(long id, String name, List<String> scopes, String status, OffsetDateTime createdAt,
                     String createdBy, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                     OffsetDateTime revokedAt) {
    }
}
