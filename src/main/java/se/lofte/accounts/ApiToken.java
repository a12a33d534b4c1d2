package se.lofte.accounts;

import java.time.OffsetDateTime;
import java.util.Set;

import se.lofte.organisations.OrganisationId;

/**
 * A token for a machine client of one organisation, as the people who manage it see it. The secret is not
 * here: it exists only in the answer to the request that made the token.
 */
public record ApiToken(ApiTokenId id, String name, OrganisationId organisation, Set<ApiScope> scopes,
                       OffsetDateTime createdAt, String createdBy, OffsetDateTime expiresAt,
                       OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

    /** Whether a token works, and if not, why not. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public Status status(OffsetDateTime now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** The name a request made with this token signs in as, for logs and audit. */
    public String principalName() {
        return "token:" + id;
    }
}
