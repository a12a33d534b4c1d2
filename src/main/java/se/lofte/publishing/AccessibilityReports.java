package se.lofte.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

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

    List<AccessibilityReport> newestFirst() {
        return jdbc.sql("select * from accessibility_report order by received_at desc, id desc")
                .query((rs, row) -> map(rs)).list();
    }

    /** Sets or clears the handled mark; false if there is no such report. */
    boolean markHandled(AccessibilityReportId id, OffsetDateTime at, String by) {
        return jdbc.sql("update accessibility_report set handled_at = ?, handled_by = ? where id = ?")
                .params(at, by, id.value()).update() == 1;
    }

    private static AccessibilityReport map(ResultSet rs) throws SQLException {
        return new AccessibilityReport(new AccessibilityReportId(rs.getLong("id")),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("page"),
                rs.getString("description"), rs.getString("email"),
                rs.getObject("handled_at", OffsetDateTime.class), rs.getString("handled_by"));
    }
}
