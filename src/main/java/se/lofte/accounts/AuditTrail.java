package se.lofte.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;

/**
 * The audit trail: every change to promises, accessibility reports and accounts, who made it, when (by the
 * server's clock) and the values before and after. Modules record their changes here; administrators read
 * them. Rows are never updated or deleted.
 */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    private static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.organisations, e.subject_type,"
            + " e.subject_id, e.action, e.before_json, e.after_json";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        // PostgreSQL reads a result through a cursor, a batch at a time, only when given a fetch size (inside a
        // transaction); without one it loads the whole result before the first row is handed out.
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
        this.clock = clock;
    }

    /**
     * Records a change. It must be called inside the transaction that makes the change (it refuses to run
     * without one), so that the change and its row are committed or rolled back together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_event (occurred_at, actor, organisations, subject_type, subject_id, action,"
                        + " before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock), event.actor(),
                        event.organisations().stream().map(OrganisationId::value).sorted().map(String::valueOf)
                                .collect(Collectors.joining(",")),
                        event.subjectType(), event.subjectId(), event.action(), event.before(), event.after())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (OrganisationId organisation : event.organisations()) {
            jdbc.sql("insert into audit_event_organisation (event_id, organisation_id) values (?, ?)")
                    .params(id, organisation.value()).update();
        }
    }

    /** True when the person may read (some of) the trail: system and organisation administrators. */
    public boolean readableBy(StaffMember viewer) {
        return viewer.systemAdmin() || !viewer.organisationsWhere(Role.ORGANISATION_ADMIN).isEmpty();
    }

    /** One page of the events the person may see that match the filter, newest first. */
    public AuditPage search(AuditFilter filter, StaffMember viewer, int page) {
        Where where = where(filter, scope(viewer));
        long total = jdbc.sql("select count(*) from audit_event e" + where.sql()).params(where.params())
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 1, pages);
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_event e" + where.sql()
                        + " order by e.occurred_at desc, e.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", PAGE_SIZE).param("offset", (shown - 1) * PAGE_SIZE)
                .query((rs, row) -> map(rs)).list();
        return new AuditPage(entries, shown, pages, total);
    }

    /**
     * Hands every matching event the person may see to {@code each}, newest first, one row at a time, so an
     * export of the whole trail never holds it in memory.
     */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, StaffMember viewer, Consumer<AuditEntry> each) {
        Where where = where(filter, scope(viewer));
        streaming.sql("select " + COLUMNS + " from audit_event e" + where.sql() + " order by e.occurred_at desc, e.id desc")
                .params(where.params()).query(rs -> {
                    each.accept(map(rs));
                });
    }

    /** One event, if it exists and the person may see it. */
    public Optional<AuditEntry> find(long id, StaffMember viewer) {
        Where where = where(AuditFilter.none(), scope(viewer));
        return jdbc.sql("select " + COLUMNS + " from audit_event e" + where.sql()
                        + (where.sql().isEmpty() ? " where" : " and") + " e.id = :id")
                .params(where.params()).param("id", id).query((rs, row) -> map(rs)).optional();
    }

    /** The subject types in the trail, for the filter. */
    public List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_event order by subject_type")
                .query(String.class).list();
    }

    /** The organisations the person may filter by: those in the trail, or those they administer. */
    public Set<OrganisationId> organisations(StaffMember viewer) {
        Scope scope = scope(viewer);
        if (!scope.everything()) {
            return scope.organisations();
        }
        return Set.copyOf(jdbc.sql("select distinct organisation_id from audit_event_organisation")
                .query((rs, row) -> new OrganisationId(rs.getLong(1))).list());
    }

    /** Everything for system administrators; the organisations they administer for the others. */
    private Scope scope(StaffMember viewer) {
        if (viewer.systemAdmin()) {
            return new Scope(true, Set.of());
        }
        Set<OrganisationId> administered = viewer.organisationsWhere(Role.ORGANISATION_ADMIN);
        if (administered.isEmpty()) {
            throw new NotAllowed("Only administrators read the audit trail");
        }
        return new Scope(false, administered);
    }

    private static Where where(AuditFilter filter, Scope scope) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.everything()) {
            conditions.add("exists (select 1 from audit_event_organisation s where s.event_id = e.id"
                    + " and s.organisation_id in (:scope))");
            params.put("scope", scope.organisations().stream().map(OrganisationId::value).toList());
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", Dates.startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put("to", Dates.startOf(filter.to().plusDays(1)));
        }
        if (filter.subjectType() != null) {
            conditions.add("e.subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.actor() != null) {
            conditions.add("e.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.organisation() != null) {
            conditions.add("exists (select 1 from audit_event_organisation o where o.event_id = e.id"
                    + " and o.organisation_id = :organisation)");
            params.put("organisation", filter.organisation().value());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** Times are handed out in UTC whichever database stored them. */
    private static AuditEntry map(ResultSet rs) throws SQLException {
        String organisations = rs.getString("organisations");
        return new AuditEntry(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                organisations.isEmpty() ? List.of() : Arrays.stream(organisations.split(","))
                        .map(id -> new OrganisationId(Long.parseLong(id))).toList(),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("action"),
                rs.getString("before_json"), rs.getString("after_json"));
    }

    private record Scope(boolean everything, Set<OrganisationId> organisations) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
