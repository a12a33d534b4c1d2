package se.lofte.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client address may ask for the integrity report ({@code /api/promises/integrity}, any
 * method, so HEAD too): when no report is kept it recomputes every revision's hashes, and a flood of it once
 * slowed the public pages for everyone. A token bucket per address, refilled in full each minute
 * ({@link MinuteLimit}, as for {@link SignInRateLimit}); over the limit the answer is 429 with Retry-After and a
 * problem. Each app node counts on its own.
 */
final class IntegrityRateLimit extends OncePerRequestFilter {

    private final RequestMatcher limited = PathPatternRequestMatcher.withDefaults().matcher("/api/promises/integrity");
    private final MinuteLimit limit;
    private final ApiProblems problems;

    IntegrityRateLimit(int perMinute, ApiProblems problems) {
        this.limit = new MinuteLimit(perMinute);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limited.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = limit.take(request.getRemoteAddr());
        if (seconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        problems.tooManyRequests(request, response, limit.perMinute(), seconds);
    }
}
