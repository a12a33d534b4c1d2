package se.lofte.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores accessibility reports. */
@Repository
class AccessibilityReports {

    private final JdbcClient jdbc;

    AccessibilityReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccessibilityReportId insert(ReportedProblem report, OffsetDateTime receivedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into accessibility_report (received_at, page, description, email) values (?, ?, ?, ?)")
                .params(receivedAt, report.page(), report.description(), report.email())
                .update(keys, "id");
        return new AccessibilityReportId(keys.getKeyAs(Number.class).longValue());
    }

    Optional<AccessibilityReport> find(AccessibilityReportId id) {
        return jdbc.sql("select * from accessibility_report where id = ?").param(id.value())
                .query((rs, row) -> map(rs)).optional();
    }

    List<AccessibilityReport> newestFirst(int offset, int limit) {
        return jdbc.sql("select * from accessibility_report order by received_at desc, id desc limit ? offset ?")
                .params(limit, offset).query((rs, row) -> map(rs)).list();
    }

    long count() {
        return jdbc.sql("select count(*) from accessibility_report").query(Long.class).single();
    }

    /** Sets or clears the handled mark. */
    void markHandled(AccessibilityReportId id, OffsetDateTime at, String by) {
        jdbc.sql("update accessibility_report set handled_at = ?, handled_by = ? where id = ?")
                .params(at, by, id.value()).update();
    }

    private static AccessibilityReport map(ResultSet rs) throws SQLException {
        return new AccessibilityReport(new AccessibilityReportId(rs.getLong("id")),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("page"),
                rs.getString("description"), rs.getString("email"),
                rs.getObject("handled_at", OffsetDateTime.class), rs.getString("handled_by"));
    }
}
