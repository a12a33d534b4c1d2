package se.lofte.citizenreports.open311;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 has its own filter chain, ahead of the pages': its clients are programs that send the API key
 * ({@code api_key}) in the form the specification defines, not a session cookie, so there is no cross-site
 * request to forge and no CSRF token to ask for. The key is checked by the API itself, so that a refusal
 * comes in the specification's error form. No session is ever made, and nothing but GET and POST is
 * answered.
 */
@Configuration
class Open311SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @Order(3)
    SecurityFilterChain open311Chain(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/open311/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/open311/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/open311/v2/requests.*").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                // Programs send the key in the form; there is no cookie that could be sent on their behalf.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        // Answers set their own Cache-Control: published reports may be kept a minute.
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
