package se.lofte.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public pages and the read-only API are open; everything under {@code /manage} needs a signed-in staff
 * member, and the pages for reference data and site reports a system administrator. Forms carry a CSRF token; the read-only API takes no state-changing requests at all.
 */
@Configuration
class SecurityConfiguration {

    /** Only a serving site has requests to guard: commands (Lofte.main) start without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, SingleSignOnLogin singleSignOn,
                            @Value("${lofte.api-docs.public}") boolean apiDocsPublic) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // In production the API description is for staff only (see README).
                        .requestMatchers(ApiSecurityConfiguration.API_DOCS)
                        .access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
                                : AuthenticatedAuthorizationManager.authenticated())
                        // Reference data and the site's own reports belong to the system administrators;
                        // promise rights are decided per organisation by the promises module.
                        .requestMatchers("/manage/organisations/**", "/manage/publishing/accessibility-reports/**")
                        .hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/manage/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/manage", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                // HSTS (Spring Security's default) is sent only on HTTPS requests; behind a proxy Tomcat
                // learns the scheme from X-Forwarded-Proto (server.forward-headers-strategy=native).
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // No page uses these browser features; saying so keeps injected content from them.
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        singleSignOn.applyTo(http);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
