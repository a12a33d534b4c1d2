package se.lofte.accounts;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The actuator endpoints (health, info, Prometheus metrics, the embedded database's online backup) live on
 * a management port of their own, bound to this machine ({@code management.server.port} and
 * {@code address}, see docs/operations.md): whoever reaches that port is an operator of this machine, and
 * the site's port serves none of them; load balancers read liveness and readiness at {@code /livez} and
 * {@code /readyz} there. Should the endpoints ever be served on the site's port, everything but health is
 * refused, so that metrics and backups never become public by a changed setting.
 */
@Configuration
class ManagementSecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> {
                    var others = requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                            .anyRequest();
                    if (ownPort) {
                        others.permitAll();
                    } else {
                        others.denyAll();
                    }
                })
                // A script or a scraper gets a status, never the login page, and never a session.
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookie authenticates a request here, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
