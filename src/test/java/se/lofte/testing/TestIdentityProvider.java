package se.lofte.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for tests: Spring Authorization Server in its own small application context on a
 * random port of {@code localhost}, with its own login form and the users given to {@link #start}. Its ID
 * tokens carry {@code email} and {@code email_verified}, as a municipality's provider would.
 * <p>
 * Löfte under test must be addressed as {@code 127.0.0.1}: the provider refuses {@code localhost} in
 * redirect URIs (OAuth 2.1), and the different host names also keep the two servers' session cookies apart.
 * The client is registered once Löfte's port is known ({@link #registerClient}).
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** A person who can sign in at the provider. */
    public record Person(String username, String password, String email, boolean emailVerified) {
    }

    /** The provider's users, handed to its context as one bean. */
    record People(List<Person> all) {
    }

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestIdentityProvider start(Person... people) {
        // Command-line arguments, because they outrank Löfte's application.properties on the classpath.
        return new TestIdentityProvider(new SpringApplicationBuilder(Provider.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("people", new People(List.of(people))))
                .run("--server.port=0", "--spring.main.banner-mode=off"));
    }

    /** The issuer Löfte is configured with; discovery answers at its {@code /.well-known/openid-configuration}. */
    public String issuer() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public void registerClient(String clientId, String secret, String redirectUri) {
        context.getBean(RegisteredClientRepository.class).save(RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.EMAIL)
                .build());
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Only what an authorization server needs: a servlet container, Spring Security and the provider's own
     * beans. Marked as test configuration so Löfte's component scan in the tests leaves it out.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    @EnableWebSecurity
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    // The user info endpoint takes the provider's own access tokens.
                    .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.all().stream()
                    .map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).roles("USER").build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims(People people) {
            Map<String, Person> byUsername = people.all().stream()
                    .collect(Collectors.toMap(Person::username, Function.identity()));
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Person person = byUsername.get(context.getPrincipal().getName());
                    context.getClaims().claim("email", person.email())
                            .claim("email_verified", person.emailVerified());
                }
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new Clients();
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            // No fixed issuer: it follows the address the provider is called at, http://localhost:<port>.
            return AuthorizationServerSettings.builder().build();
        }
    }

    /** Clients held in memory and added after start, since Löfte's redirect URI is known only then. */
    private static final class Clients implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient client) {
            byId.put(client.getId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return byId.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return byId.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
        }
    }
}
