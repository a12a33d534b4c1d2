package se.lofte.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AccountsIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Organisations organisations;

    @Test
    void theFirstStartCreatesASystemAdministratorWithTheConfiguredPassword() {
        var admin = accounts.staffMember("admin").orElseThrow();
        assertThat(admin.systemAdmin()).isTrue();
        var user = accounts.loadUserByUsername("admin");
        assertThat(passwords.matches("test-admin-password", user.getPassword())).isTrue();
        assertThat(user.getPassword()).startsWith("{bcrypt-sha256}$2a$12$");
        assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_SYSTEM_ADMIN");
    }

    @Test
    void grantingARoleTwiceKeepsOneMembership() {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id();
        accounts.grant("admin", bengtsfors, Role.VIEWER, "admin");
        accounts.grant("admin", bengtsfors, Role.VIEWER, "admin");
        var admin = accounts.staffMember("admin").orElseThrow();
        assertThat(admin.memberships()).filteredOn(m -> m.organisation().equals(bengtsfors)).hasSize(1);
        assertThat(admin.has(Role.VIEWER, bengtsfors)).isTrue();
        assertThat(admin.has(Role.EDITOR, bengtsfors)).isFalse();
    }

    @Test
    void anUnknownNameIsNoStaffMember() {
        assertThat(accounts.staffMember("finns-inte")).isEmpty();
    }
}
