package se.lofte.subscriptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The unsubscribe POST comes from mail programs (RFC 8058 one-click), which send no cookie and no CSRF
 * token: the secret token in the address is all the proof there is, and it is proof enough, since a
 * forged request would need it too. So this one endpoint has its own filter chain, before the site's,
 * without CSRF and without a session. It answers only with an empty 200 or a redirect, never a page.
 */
@Configuration
class OneClickUnsubscribeSecurity {

    static final String PATH = "/prenumerera/avsluta/{token}";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnWebApplication
    SecurityFilterChain oneClickUnsubscribe(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
