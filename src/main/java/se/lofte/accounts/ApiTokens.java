package se.lofte.accounts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Sha256;

/**
 * API tokens for machine clients of an organisation. A system administrator manages tokens for every
 * organisation, an organisation administrator for their own. The secret is {@value #PREFIX} and 256 random
 * bits; only its SHA-256 is stored. A fast unsalted hash is enough here, unlike for passwords, because the
 * secret is random and long: nobody can guess it from its hash, and a lookup by hash needs no scan.
 */
@Service
public class ApiTokens {

    /** Marks a string as a Löfte token, so secret scanners and people can tell what leaked. */
    public static final String PREFIX = "lofte_";

    /**
     * Every request would otherwise write a row; "last used" only has to tell a person whether a token is
     * still in use, so a minute's precision is plenty.
     */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String SELECT = "select t.id, t.name, t.organisation_id, t.created_at, a.display_name,"
            + " t.expires_at, t.last_used_at, t.revoked_at from api_token t join account a on a.id = t.created_by";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Whether this person may make, see and revoke tokens for the organisation. */
    public boolean mayManage(StaffMember person, OrganisationId organisation) {
        return person.systemAdmin() || person.has(Role.ORGANISATION_ADMIN, organisation);
    }

    /** Whether this person may manage the tokens of at least one organisation. */
    public boolean managesAny(StaffMember person) {
        return person.systemAdmin() || !person.organisationsWhere(Role.ORGANISATION_ADMIN).isEmpty();
    }

    /** The organisations this person may make tokens for, police first, then municipalities and others. */
    public List<Organisation> manageableOrganisations(StaffMember person) {
        List<Organisation> all = new ArrayList<>();
        for (OrganisationKind kind : List.of(OrganisationKind.POLICE_REGION, OrganisationKind.POLICE_AREA,
                OrganisationKind.LOCAL_POLICE_AREA, OrganisationKind.MUNICIPALITY, OrganisationKind.OTHER_ACTOR)) {
            organisations.all(kind).stream().filter(o -> mayManage(person, o.id())).forEach(all::add);
        }
        return all;
    }

    /**
     * One page of the tokens of the organisations this person manages, newest first, {@link TokenPage#SIZE} a
     * page: tokens are never deleted, so a system administrator's list only grows. A page past the last is the
     * last.
     */
    public TokenPage visibleTo(StaffMember person, int page) {
        int size = TokenPage.SIZE;
        Set<OrganisationId> managed = person.organisationsWhere(Role.ORGANISATION_ADMIN);
        if (!person.systemAdmin() && managed.isEmpty()) {
            return new TokenPage(List.of(), 1, 1, 0);
        }
        String where = person.systemAdmin() ? "" : " where t.organisation_id in (:organisations)";
        Map<String, Object> params = person.systemAdmin() ? Map.of()
                : Map.of("organisations", managed.stream().map(OrganisationId::value).toList());
        long total = jdbc.sql("select count(*) from api_token t" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.clamp(page, 1, pages);
        List<ApiToken> tokens = jdbc.sql(SELECT + where + " order by t.created_at desc, t.id desc"
                        + " limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) (current - 1) * size)
                .query(this::token).list();
        return new TokenPage(withScopes(tokens), current, pages, total);
    }

    /** Every token of one organisation, for its audit trail; newest first. */
    public List<ApiToken> ofOrganisation(OrganisationId organisation) {
        return withScopes(jdbc.sql(SELECT + " where t.organisation_id = ? order by t.created_at desc, t.id desc")
                .param(organisation.value()).query(this::token).list());
    }

    /**
     * Makes a token. {@code expires} is the first day (Swedish time) on which it no longer works.
     *
     * @throws AccessDeniedException when the person may not manage tokens of that organisation
     */
    @Transactional
    public TokenIssue issue(StaffMember by, String name, OrganisationId organisation, Set<ApiScope> scopes,
                            LocalDate expires) {
        List<Problem> problems = TokenRules.check(name, organisation, scopes, expires, LocalDate.now(Dates.SWEDEN));
        if (!problems.isEmpty()) {
            return new TokenIssue.Refused(problems);
        }
        if (!mayManage(by, organisation)) {
            throw new AccessDeniedException("Not an administrator of organisation " + organisation);
        }
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (name, organisation_id, secret_sha256, created_by, created_at, expires_at)"
                        + " values (?, ?, ?, (select id from account where username = ?), ?, ?)")
                .params(name.strip(), organisation.value(), Sha256.hex(secret), by.username(), now(),
                        Dates.startOf(expires))
                .update(keys, "id");
        var id = new ApiTokenId(keys.getKeyAs(Number.class).longValue());
        for (ApiScope scope : scopes) {
            jdbc.sql("insert into api_token_scope (token_id, scope) values (?, ?)").params(id.value(), scope.value())
                    .update();
        }
        return new TokenIssue.Issued(find(id).orElseThrow(), secret);
    }

    /**
     * Revokes a token for good; revoking it again changes nothing.
     *
     * @return false when there is no such token
     * @throws AccessDeniedException when the person may not manage tokens of its organisation
     */
    @Transactional
    public boolean revoke(StaffMember by, ApiTokenId id) {
        Optional<ApiToken> token = find(id);
        if (token.isEmpty()) {
            return false;
        }
        if (!mayManage(by, token.get().organisation())) {
            throw new AccessDeniedException("Not an administrator of organisation " + token.get().organisation());
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = (select id from account where username = ?)"
                        + " where id = ? and revoked_at is null")
                .params(now(), by.username(), id.value()).update();
        return true;
    }

    /**
     * The token a request presents, if it is known, unexpired and not revoked; notes that it was used.
     * Unknown, expired and revoked tokens look the same to the caller, so a client learns nothing from
     * trying.
     */
    @Transactional
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        Optional<ApiToken> token = withScopes(jdbc.sql(SELECT + " where t.secret_sha256 = ?").param(Sha256.hex(secret))
                .query(this::token).list()).stream().findFirst()
                .filter(t -> t.status(now) == ApiToken.Status.ACTIVE);
        token.ifPresent(t -> jdbc.sql("update api_token set last_used_at = ?"
                        + " where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(now, t.id().value(), now.minus(LAST_USED_PRECISION)).update());
        return token;
    }

    public Optional<ApiToken> find(ApiTokenId id) {
        return withScopes(jdbc.sql(SELECT + " where t.id = ?").param(id.value()).query(this::token).list())
                .stream().findFirst();
    }

    private ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(new ApiTokenId(rs.getLong("id")), rs.getString("name"),
                new OrganisationId(rs.getLong("organisation_id")), Set.of(),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("display_name"),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }

    /** Fills in the scopes of all the tokens with one query. */
    private List<ApiToken> withScopes(List<ApiToken> tokens) {
        // A scope name this version does not know (written by a newer one) grants nothing here.
        Map<Long, Set<ApiScope>> scopes = OwnedRows.byOwner(jdbc,
                "select token_id, scope from api_token_scope where token_id in (:ids)",
                tokens.stream().map(t -> t.id().value()).toList(), (rs, row) -> ApiScope.of(rs.getString("scope")));
        return tokens.stream().map(t -> new ApiToken(t.id(), t.name(), t.organisation(),
                scopes.getOrDefault(t.id().value(), Set.of()), t.createdAt(), t.createdBy(), t.expiresAt(),
                t.lastUsedAt(), t.revokedAt())).toList();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
