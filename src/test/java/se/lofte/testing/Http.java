package se.lofte.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;

/**
 * Plain HTTP against a running server, as a browser's requests would look, but with every header in
 * reach: redirects are not followed and cookies are sent only as the test says, so a test sees exactly
 * which session cookie each answer sets.
 * <p>
 * In a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class it is registered as an extension, which
 * finds the application under test in the test's application context before each test:
 * <pre>{@code @RegisterExtension final Http http = new Http();}</pre>
 * There it also makes the accounts a test signs in with ({@link #staffAccount}, {@link #signInAsStaff}).
 * A test that starts its servers itself, or talks to another port, gives the port instead.
 */
public final class Http implements BeforeEachCallback {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One answer: status, headers, body. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        /** The value of the SESSION cookie this answer sets, if it sets one. */
        public Optional<String> session() {
            return setCookie("SESSION").map(c -> c.substring("SESSION=".length(), c.indexOf(';')));
        }

        /** The whole Set-Cookie header for a cookie, attributes included. */
        public Optional<String> setCookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith(name + "="))
                    .findFirst();
        }

        public String location() {
            return headers.getOrDefault("location", List.of("")).getFirst();
        }

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            return Jsoup.parse(body).select("input[name=_csrf]").val();
        }
    }

    private String base;
    private ApplicationContext spring;

    /** For registering as an extension: the server is the test's own, on its random port. */
    public Http() {
    }

    /** Against a server this test started itself, on this port of localhost. */
    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        spring = SpringExtension.getApplicationContext(context);
        base = "http://localhost:" + spring.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** The address of a path on the server, as a browser would write it (also its origin, for an empty path). */
    public String url(String path) {
        return base + path;
    }

    public Answer get(String path, String session, String... headers) {
        return send(request(path, session, headers).GET());
    }

    public Answer post(String path, String session, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path, session, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in through the login form like a browser (login page, then the form with its CSRF token) and
     * returns the session the server set at login.
     */
    public String signIn(String username, String password) {
        Answer page = get("/login", null);
        Answer answer = post("/login", page.session().orElseThrow(), Map.of("username", username, "password", password,
                "_csrf", page.csrf()));
        if (answer.status() != 302 || !answer.location().endsWith("/manage")) {
            throw new AssertionError("Sign-in as " + username + " failed: " + answer.status() + " " + answer.location());
        }
        return answer.session().orElseThrow();
    }

    /**
     * Posts a wrong password for this username through one login form, once from each client in turn as the
     * proxy names it in X-Forwarded-For, and returns the statuses of the answers: 302 back to the form while
     * a client is under the limit of sign-in attempts, 429 beyond it.
     */
    public List<Integer> wrongPasswords(String username, List<String> forwardedFor) {
        Answer page = get("/login", null);
        String session = page.session().orElseThrow();
        Map<String, String> guess = Map.of("username", username, "password", "fel gissning", "_csrf", page.csrf());
        return forwardedFor.stream().map(client -> post("/login", session, guess, "X-Forwarded-For", client).status())
                .toList();
    }

    /**
     * An active account with no roles that signs in with this password, created the first time
     * ({@link TestStaff#withPassword}), for a test that goes through the login form itself.
     */
    public void staffAccount(String username, String password) {
        spring().getBean(TestStaff.class).withPassword(username, password);
    }

    /**
     * Signs in through the login form as a staff member of the organisation with these roles, creating the
     * account (with {@link TestStaff#password}) the first time and granting the roles every time, and
     * returns the session.
     */
    public String signInAsStaff(String username, OrganisationId organisation, Role... roles) {
        return signIn(username, spring().getBean(TestStaff.class).signingIn(username, organisation, roles));
    }

    /** Signs in through the login form as a staff member with no roles, creating the account the first time. */
    public String signInAsStaff(String username) {
        staffAccount(username, TestStaff.password(username));
        return signIn(username, TestStaff.password(username));
    }

    private ApplicationContext spring() {
        if (spring == null) {
            throw new IllegalStateException("Accounts are made in the test's application context: register Http"
                    + " as an extension of a Spring test instead of giving it a port.");
        }
        return spring;
    }

    private HttpRequest.Builder request(String path, String session, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(url(path)));
        if (session != null) {
            builder.header("Cookie", "SESSION=" + session);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
