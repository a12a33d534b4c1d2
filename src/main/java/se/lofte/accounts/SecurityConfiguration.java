package se.lofte.accounts;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Public pages and the read-only API are open; everything under {@code /manage} needs a signed-in staff
 * member, and the pages for reference data and site reports a system administrator. Forms carry a CSRF
 * token; the read-only API takes no state-changing requests at all. Sign-in is rate-limited per client
 * address and locks an account after repeated failures ({@link LoginAttempts}).
 */
@Configuration
class SecurityConfiguration {

    /** bcrypt's work factor: 2^12 rounds, a noticeable fraction of a second per guess. */
    static final int BCRYPT_STRENGTH = 12;

    @Bean
    SecurityFilterChain web(HttpSecurity http,
                            @Value("${lofte.sign-in.attempts-per-minute}") int attemptsPerMinute) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Reference data and the site's own reports belong to the system administrators;
                        // promise rights are decided per organisation by the promises module. The role is
                        // remembered in the session; changing the flag ends the person's sessions.
                        .requestMatchers("/manage/organisations/**", "/manage/publishing/accessibility-reports/**")
                        .hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/manage/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/manage", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .addFilterBefore(new SignInRateLimit(attemptsPerMinute), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Checks the lock only after the password, so that a locked account answers exactly as slowly as any
     * other and the timing tells nobody it is locked; either way the page says only that login failed.
     * A successful login with a hash made under older settings stores a new one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setUserDetailsPasswordService(accounts);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * New hashes are bcrypt over the password's SHA-256 ({@link PrehashedBcrypt}: bcrypt alone reads only
     * 72 bytes); hashes stored as plain {@code {bcrypt}} keep working and are replaced at the next login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PrehashedBcrypt.ID, Map.of(
                PrehashedBcrypt.ID, new PrehashedBcrypt(BCRYPT_STRENGTH),
                "bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
    }
}
