package se.lofte.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Löfte account, if any, a person vouched for by an OpenID provider becomes. */
@SpringBootTest
class StaffOidcUserServiceIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    StaffOidcUserService service;
    String username;
    String email;

    @BeforeEach
    void aSystemAdministratorWithAnAddress() {
        service = new StaffOidcUserService(accounts, Set.of("trusted"));
        username = "sso-" + UUID.randomUUID();
        email = username + "@kommun.example";
        staff.member(username, staff.municipality("amal"), Role.EDITOR);
        jdbc.sql("update account set email = ?, system_admin = true where username = ?").params(email, username)
                .update();
    }

    @Test
    void aVerifiedAddressBecomesItsAccountWithThePasswordLoginsAuthorities() {
        StaffOidcUser user = service.staff("kommun", person(email.toUpperCase(), true));

        assertThat(user.getName()).isEqualTo(username);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrderElementsOf(accounts.loadUserByUsername(username).getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).toList())
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_SYSTEM_ADMIN");
        assertThat(user.getEmail()).isEqualTo(email.toUpperCase());
    }

    @Test
    void anUnverifiedAddressIsRefusedUnlessTheRegistrationIsTrusted() {
        assertRefused(() -> service.staff("kommun", person(email, false)), "unverified-email");
        assertRefused(() -> service.staff("kommun", person(email, null)), "unverified-email");

        assertThat(service.staff("trusted", person(email, null)).getName()).isEqualTo(username);
    }

    @Test
    void anUnknownOrMissingAddressIsRefused() {
        // A shared address cannot arise: account e-mail addresses are unique (V7).
        assertRefused(() -> service.staff("kommun", person("nobody@kommun.example", true)), "unknown-email");
        assertRefused(() -> service.staff("kommun", person(null, true)), "unknown-email");
    }

    private static OidcUser person(String email, Boolean verified) {
        var token = OidcIdToken.withTokenValue("id-token").subject("subject-at-provider")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (email != null) {
            token.claim("email", email);
        }
        if (verified != null) {
            token.claim("email_verified", verified);
        }
        return new DefaultOidcUser(Set.of(), token.build());
    }

    private static void assertRefused(Runnable signIn, String reason) {
        assertThatThrownBy(signIn::run).isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                e -> assertThat(e.getError().getErrorCode()).isEqualTo(reason));
    }
}
