package se.lofte.citizenreports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** The SQL of citizen reports: the only class that reads and writes their tables. */
@Repository
class CitizenReportRows {

    private static final String COLUMNS = "r.id, r.municipality_code, r.organisation_id, r.category, r.moderation,"
            + " r.status, r.original_text, r.published_text, r.answer, r.closed_reason, r.hidden_reason, r.merged_into,"
            + " r.latitude, r.longitude, r.area_id, r.place_in_words, r.when_it_happens, r.email, r.flags, r.supporters,"
            + " r.received_at, r.updated_at, r.published_at,"
            + " case when exists (select 1 from citizen_report_photo p where p.report_id = r.id) then 1 else 0 end as has_photo";

    private final JdbcClient jdbc;

    CitizenReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new report is stored with, its text and place already checked. */
    record Insert(String submissionKey, String municipalityCode, OrganisationId organisation, ReportCategory category,
                  String text, Double latitude, Double longitude, Long areaId, String placeInWords,
                  String whenItHappens, String email, String flags, OffsetDateTime now) {
    }

    CitizenReportId insert(Insert report) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into citizen_report (submission_key, municipality_code, organisation_id, category, moderation,"
                        + " status, original_text, latitude, longitude, area_id, place_in_words, when_it_happens, email,"
                        + " flags, supporters, received_at, updated_at) values (:key, :municipality, :organisation,"
                        + " :category, 'NEW', 'MOTTAGEN', :text, :latitude, :longitude, :area, :place, :when, :email,"
                        + " :flags, 0, :now, :now)")
                .param("key", report.submissionKey()).param("municipality", report.municipalityCode())
                .param("organisation", report.organisation().value()).param("category", report.category().name())
                .param("text", report.text()).param("latitude", report.latitude())
                .param("longitude", report.longitude()).param("area", report.areaId())
                .param("place", report.placeInWords()).param("when", report.whenItHappens())
                .param("email", report.email()).param("flags", report.flags()).param("now", report.now())
                .update(keys, "id");
        return new CitizenReportId(keys.getKeyAs(Number.class).longValue());
    }

    void insertPhoto(CitizenReportId id, byte[] jpeg) {
        jdbc.sql("insert into citizen_report_photo (report_id, data) values (?, ?)").params(id.value(), jpeg).update();
    }

    Optional<CitizenReportId> bySubmissionKey(String key) {
        return jdbc.sql("select id from citizen_report where submission_key = ?").param(key).query(Long.class)
                .optional().map(CitizenReportId::new);
    }

    Optional<StoredReport> find(CitizenReportId id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_report r where r.id = ?").param(id.value())
                .query(CitizenReportRows::stored).optional();
    }

    /** Locks the report's row for the transaction, so that two moderators' steps on one report take turns. */
    Optional<StoredReport> lock(CitizenReportId id) {
        jdbc.sql("update citizen_report set supporters = supporters where id = ?").param(id.value()).update();
        return find(id);
    }

    Optional<byte[]> photo(CitizenReportId id) {
        return jdbc.sql("select data from citizen_report_photo where report_id = ?").param(id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Those of the given reports that are published now. */
    Set<CitizenReportId> publishedAmong(List<Long> ids) {
        return jdbc.sql("select id from citizen_report where moderation = 'PUBLISHED' and id in (:ids)")
                .param("ids", ids).query(Long.class).list().stream().map(CitizenReportId::new)
                .collect(Collectors.toSet());
    }

    /** Published reports as the query asks, newest received first. */
    List<StoredReport> published(ReportQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from citizen_report r where r.moderation = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
        if (query.municipalityCode() != null) {
            sql.append(" and r.municipality_code = :municipality");
            params.put("municipality", query.municipalityCode());
        }
        if (!query.ids().isEmpty()) {
            sql.append(" and r.id in (:ids)");
            params.put("ids", query.ids().stream().map(CitizenReportId::value).toList());
        }
        if (!query.categories().isEmpty()) {
            sql.append(" and r.category in (:categories)");
            params.put("categories", query.categories().stream().map(Enum::name).toList());
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" and r.status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.from() != null) {
            sql.append(" and r.received_at >= :from");
            params.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and r.received_at <= :to");
            params.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by r.received_at desc, r.id desc fetch first ").append(Math.max(0, query.limit()))
                .append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(CitizenReportRows::stored).list();
    }

    /** One page of a municipality's published reports, in a district or all, newest first. */
    List<StoredReport> publishedPage(String municipalityCode, Long areaId, int offset, int size) {
        return jdbc.sql("select " + COLUMNS + " from citizen_report r where r.moderation = 'PUBLISHED'"
                        + " and r.municipality_code = :municipality" + (areaId == null ? "" : " and r.area_id = :area")
                        + " order by r.received_at desc, r.id desc offset :offset rows fetch first :size rows only")
                .param("municipality", municipalityCode).param("area", areaId).param("offset", offset)
                .param("size", size).query(CitizenReportRows::stored).list();
    }

    long countPublished(String municipalityCode, Long areaId) {
        return jdbc.sql("select count(*) from citizen_report r where r.moderation = 'PUBLISHED'"
                        + " and r.municipality_code = :municipality" + (areaId == null ? "" : " and r.area_id = :area"))
                .param("municipality", municipalityCode).param("area", areaId).query(Long.class).single();
    }

    /** The open published reports of a municipality and category: the candidates of "Samma sak?". */
    List<StoredReport> openPublished(String municipalityCode, ReportCategory category) {
        return jdbc.sql("select " + COLUMNS + " from citizen_report r where r.moderation = 'PUBLISHED'"
                        + " and r.municipality_code = ? and r.category = ? and r.status in ('MOTTAGEN', 'UNDER_BEHANDLING')"
                        + " order by r.received_at desc, r.id desc fetch first 500 rows only")
                .params(municipalityCode, category.name()).query(CitizenReportRows::stored).list();
    }

    /** How many reports left this e-mail address since {@code since}. */
    long sentWithEmail(String email, OffsetDateTime since) {
        return jdbc.sql("select count(*) from citizen_report where email = ? and received_at > ?")
                .params(email, since).query(Long.class).single();
    }

    /** Whether a support was stored with this key; stores it (and counts it) if not. */
    boolean support(String submissionKey, CitizenReportId id, OffsetDateTime now) {
        boolean known = jdbc.sql("select count(*) from citizen_report_support where submission_key = ?")
                .param(submissionKey).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into citizen_report_support (submission_key, report_id, supported_at) values (?, ?, ?)")
                .params(submissionKey, id.value(), now).update();
        jdbc.sql("update citizen_report set supporters = supporters + 1 where id = ?").param(id.value()).update();
        return true;
    }

    /** Reports of these municipalities in a moderation state (all when null), newest first. */
    List<StoredReport> forModeration(List<String> municipalityCodes, Moderation moderation, int offset, int size) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from citizen_report r where r.municipality_code in (:municipalities)"
                        + (moderation == null ? "" : " and r.moderation = :moderation")
                        + " order by r.received_at desc, r.id desc offset :offset rows fetch first :size rows only")
                .param("municipalities", municipalityCodes).param("moderation", moderation == null ? null : moderation.name())
                .param("offset", offset).param("size", size).query(CitizenReportRows::stored).list();
    }

    long countForModeration(List<String> municipalityCodes, Moderation moderation) {
        if (municipalityCodes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from citizen_report r where r.municipality_code in (:municipalities)"
                        + (moderation == null ? "" : " and r.moderation = :moderation"))
                .param("municipalities", municipalityCodes).param("moderation", moderation == null ? null : moderation.name())
                .query(Long.class).single();
    }

    void publish(CitizenReportId id, String text, OffsetDateTime now) {
        jdbc.sql("update citizen_report set moderation = 'PUBLISHED', published_text = ?, updated_at = ?,"
                        + " published_at = coalesce(published_at, ?) where id = ?")
                .params(text, now, now, id.value()).update();
    }

    void hide(CitizenReportId id, String reason, OffsetDateTime now) {
        jdbc.sql("update citizen_report set moderation = 'HIDDEN', hidden_reason = ?, updated_at = ? where id = ?")
                .params(reason, now, id.value()).update();
    }

    /** Merges the duplicate into the report: its supporters, and itself, count once on that report. */
    void merge(CitizenReportId duplicate, int supporters, CitizenReportId into, OffsetDateTime now) {
        jdbc.sql("update citizen_report set moderation = 'MERGED', merged_into = ?, updated_at = ? where id = ?")
                .params(into.value(), now, duplicate.value()).update();
        jdbc.sql("update citizen_report set supporters = supporters + ?, updated_at = ? where id = ?")
                .params(supporters + 1, now, into.value()).update();
    }

    void answer(CitizenReportId id, ReportStatus status, String answer, String closedReason, OffsetDateTime now) {
        jdbc.sql("update citizen_report set status = ?, answer = ?, closed_reason = ?, updated_at = ? where id = ?")
                .params(status.name(), answer, closedReason, now, id.value()).update();
    }

    private static StoredReport stored(ResultSet rs, int row) throws SQLException {
        long merged = rs.getLong("merged_into");
        CitizenReportId mergedInto = rs.wasNull() ? null : new CitizenReportId(merged);
        long area = rs.getLong("area_id");
        Long areaId = rs.wasNull() ? null : area;
        return new StoredReport(new CitizenReportId(rs.getLong("id")), rs.getString("municipality_code"),
                new OrganisationId(rs.getLong("organisation_id")), ReportCategory.valueOf(rs.getString("category")),
                Moderation.valueOf(rs.getString("moderation")), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("original_text"), rs.getString("published_text"), rs.getString("answer"),
                rs.getString("closed_reason"), rs.getString("hidden_reason"), mergedInto,
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), areaId,
                rs.getString("place_in_words"), rs.getString("when_it_happens"), rs.getString("email"),
                rs.getString("flags"), rs.getInt("supporters"), rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getInt("has_photo") == 1);
    }

}
