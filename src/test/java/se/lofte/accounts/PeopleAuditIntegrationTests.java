package se.lofte.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes made on the people pages leave their trace in the audit trail, with the values before and after. */
@SpringBootTest
class PeopleAuditIntegrationTests {

    @Autowired
    PeopleManagement people;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changingSomeonesRolesAndAdminFlagIsRecorded() {
        var amal = staff.municipality("amal");
        String name = "roller-" + System.nanoTime();
        staff.member(name, amal, Role.VIEWER);
        var id = new AccountId(jdbc.sql("select id from account where username = ?").param(name)
                .query(Long.class).single());
        var admin = staff.member("admin");

        assertThat(people.setRoles(id, amal, Set.of(Role.EDITOR, Role.SIGNATORY), admin)).isEmpty();
        assertThat(people.setSystemAdmin(id, true, admin)).isEmpty();

        var roles = jdbc.sql("select actor, before_json, after_json from audit_event"
                        + " where subject_id = ? and action = 'roles_set'").param(name)
                .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single();
        assertThat(roles).isEqualTo("admin|[\"VIEWER\"]|[\"EDITOR\",\"SIGNATORY\"]");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = 'system_admin_set'")
                .param(name).query(Long.class).single()).isEqualTo(1);
    }
}
