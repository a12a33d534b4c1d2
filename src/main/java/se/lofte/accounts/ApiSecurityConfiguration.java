package se.lofte.accounts;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.LofteProperties;

/**
 * The JSON API under {@code /api}: its own filter chain, ahead of the pages' chain, so that it never uses
 * the session, a login page or CSRF tokens. Machine clients authenticate with Löfte's API tokens
 * ({@link ApiTokens}) as {@code Authorization: Bearer}; the open data about published promises needs none,
 * and its integrity report is limited per client ({@link IntegrityRateLimit}).
 * The API's documentation pages are not part of this chain: they are pages for people and follow the
 * pages' rules ({@link SecurityConfiguration}).
 */
@Configuration
class ApiSecurityConfiguration {

    /** Swagger UI and the OpenAPI description, as springdoc serves them under the paths in application.properties. */
    static final String[] API_DOCS = {"/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
            "/api/openapi.yaml", "/api/swagger-ui/**"};

    /** The open data about published promises, readable without a token; the schema and bulk downloads
     *  (promises.web) are named one by one. */
    private static final String[] OPEN_DATA = {"/api/promises", "/api/promises/**",
            "/api/schemas/medborgarlofte-1.json", "/api/bulk/medborgarloften.jsonl", "/api/bulk/medborgarloften.csv"};

    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json,
                            LofteProperties properties) {
        int integrityPerMinute = properties.api().integrityRequestsPerMinute();
        var problems = new ApiProblems(json);
        http.securityMatcher(apiRequests())
                .authorizeHttpRequests(requests -> requests
                        // HEAD as well as GET: Spring Security matches the method exactly while Spring MVC
                        // answers HEAD like GET, and link checkers and harvesters ask with HEAD first.
                        .requestMatchers(HttpMethod.GET, OPEN_DATA).permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPEN_DATA).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/tokens/self").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/tokens").hasAuthority(ApiScope.AUDIT_READ.authority())
                        // Anything else under /api needs a token, so a new endpoint is never open by accident.
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(introspector(tokens)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // Before the token is looked up, so that a client over the limit costs no query.
                .addFilterBefore(new IntegrityRateLimit(integrityPerMinute, problems),
                        BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // No cookie authenticates an API request, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    private static RequestMatcher apiRequests() {
        var paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] docs = Arrays.stream(API_DOCS).map(paths::matcher).toArray(RequestMatcher[]::new);
        return new AndRequestMatcher(paths.matcher("/api/**"), new NegatedRequestMatcher(new OrRequestMatcher(docs)));
    }

    private static OpaqueTokenIntrospector introspector(ApiTokens tokens) {
        return secret -> tokens.authenticate(secret).map(ApiTokenPrincipal::new)
                .orElseThrow(() -> new BadOpaqueTokenException("Unknown, expired or revoked token"));
    }
}
