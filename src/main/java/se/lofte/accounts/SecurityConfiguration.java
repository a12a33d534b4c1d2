package se.lofte.accounts;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.PagePolicy;

/**
 * Public pages and the read-only API are open; everything under {@code /manage} needs a signed-in staff
 * member, and the pages for reference data and site reports a system administrator. Forms carry a CSRF
 * token, kept in the session for staff and signed instead of stored for residents, so that reading the
 * public site never starts a session ({@link FormTokenRepository}); the read-only API takes no
 * state-changing requests at all. Sign-in is rate-limited per client address, and an account refuses a
 * client after repeated failures from it ({@link LoginAttempts}).
 */
@Configuration
class SecurityConfiguration {

    /** bcrypt's work factor: 2^12 rounds, a noticeable fraction of a second per guess. */
    static final int BCRYPT_STRENGTH = 12;

    /** Only a serving site has requests to guard: commands (Lofte.main) start without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, SingleSignOnLogin singleSignOn, JdbcClient jdbc, Clock clock,
                            LofteProperties properties) throws Exception {
        String formSecret = properties.forms().secret();
        String siteAddress = properties.baseUrl();
        boolean apiDocsPublic = properties.apiDocs().open();
        int attemptsPerMinute = properties.signIn().attemptsPerMinute();
        // Map pages load background tiles from the configured tile server; it is allowed for images only.
        String tileSource = properties.map().tiles().contentSecuritySource();
        http.authorizeHttpRequests(requests -> requests
                        // In production the API description is for staff only (see README).
                        .requestMatchers(ApiSecurityConfiguration.API_DOCS)
                        .access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
                                : AuthenticatedAuthorizationManager.authenticated())
                        // Reference data and the site's own reports belong to the system administrators;
                        // promise rights are decided per organisation by the promises module. The role is
                        // remembered in the session; changing the flag ends the person's sessions.
                        .requestMatchers("/manage/organisations/**", "/manage/publishing/accessibility-reports/**")
                        .hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/manage/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/manage", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.csrfTokenRepository(new FormTokenRepository(new SignedFormTokens(
                        FormSecret.of(formSecret, jdbc), clock), siteAddress)))
                // HSTS (Spring Security's default) is sent only on HTTPS requests; behind a trusted proxy
                // Tomcat learns the scheme from X-Forwarded-Proto (lofte.trusted-proxies, site.ProxyHeaders).
                .addFilterBefore(new SignInRateLimit(attemptsPerMinute), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                PagePolicy.contentSecurityPolicy(tileSource)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // No page uses these browser features; saying so keeps injected content from them.
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        singleSignOn.applyTo(http);
        return http.build();
    }

    /**
     * Checks whether the account refuses the client ({@link LoginAttempts}) only after the password, so that
     * a refused client waits exactly as long as any other and the timing tells nobody it is refused; either
     * way the page says only that login failed. A successful login with a hash made under older settings
     * stores a new one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder passwords,
                                                     LoginAttempts attempts) {
        var provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected void additionalAuthenticationChecks(UserDetails user,
                                                          UsernamePasswordAuthenticationToken attempt) {
                super.additionalAuthenticationChecks(user, attempt);
                if (LoginAttempts.client(attempt).filter(c -> attempts.locksOut(c, user.getUsername())).isPresent()) {
                    throw new LockedException("Too many failed logins from this client");
                }
            }
        };
        provider.setPasswordEncoder(passwords);
        provider.setUserDetailsPasswordService(accounts);
        return provider;
    }

    /**
     * No observation of Spring Security's own steps: by default every filter of every chain, every
     * authentication and every authorization is timed and counted, on every request, for metrics nobody reads
     * (what operators watch is {@code http_server_requests_seconds}, which stays). Without it a chain is built
     * without wrapping each filter, and a request runs them without the bookkeeping.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
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
