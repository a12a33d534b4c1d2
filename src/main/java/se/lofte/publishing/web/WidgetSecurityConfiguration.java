package se.lofte.publishing.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The widgets under {@code /widget} are made to be framed by any website, which every other page forbids:
 * their own filter chain, ahead of the pages' chain, allows any frame ancestor and sends no
 * {@code X-Frame-Options}. They are read-only and anonymous: no session, no CSRF token, nothing but GET.
 * Their Content Security Policy is otherwise stricter than the pages': no script at all.
 */
@Configuration
class WidgetSecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain widgetChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/widget/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/widget/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        // The widgets set their own Cache-Control: a few minutes, public.
                        .cacheControl(cache -> cache.disable())
                        // No frame-ancestors at all: "frame-ancestors *" matches only http(s) pages, so a page
                        // with an opaque origin ("null": opened from a local file, or in a sandboxed frame) got
                        // a blank frame. Any page may frame a widget, so the directive is left out.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self';"
                                        + " base-uri 'none'; form-action 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
