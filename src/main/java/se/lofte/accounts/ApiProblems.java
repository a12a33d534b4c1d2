package se.lofte.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API says no: 401 or 403 with the {@code WWW-Authenticate} challenge of RFC 6750 and an RFC 9457
 * problem body a client can log. Never a redirect to the login page: a machine client cannot follow it,
 * and a 302 to HTML hides what went wrong. The challenge is written here rather than by Spring Security's
 * bearer-token handlers because those also point to OAuth protected-resource metadata (RFC 9728), which
 * Löfte does not publish: its tokens come from its own staff pages, not from an authorization server.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // A request without any token gets the bare challenge; one with a bad token learns that it was bad.
        boolean tokenPresented = e instanceof OAuth2AuthenticationException;
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, "Unauthorized", "This request needs a valid API token, sent as"
                + " 'Authorization: Bearer <token>'. Unknown, expired and revoked tokens are refused alike.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(request, response, "Forbidden", "The API token does not have the scope this request needs.");
    }

    /** 429 for a client that asked too often, with how long to wait in Retry-After (RFC 9110) and in words. */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, int perMinute, long seconds)
            throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(request, response, "Too Many Requests", "A client may ask for this " + perMinute
                + " times a minute. Try again in " + seconds + " seconds.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", response.getStatus());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
