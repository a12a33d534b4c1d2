package se.lofte.site;

import jakarta.servlet.http.HttpServletResponse;

import se.lofte.shared.PagePolicy;

/**
 * The security headers of an answer given before Spring Security's filters have run: a request refused by
 * {@link ControlCharacterGuard} or answered 503 by {@link DatabaseAway}. Spring Security writes its headers on
 * the way in and skips error dispatches, so without these such error pages went out with no policy at all and
 * could be framed. The policy is the pages' own without the map tiles: an error page loads only the site's own
 * style sheet and script, and nothing may frame it.
 */
final class EarlyAnswerHeaders {

    private static final String POLICY = PagePolicy.contentSecurityPolicy("");

    private EarlyAnswerHeaders() {
    }

    static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
