package se.lofte.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import se.lofte.shared.RateLimit;

/**
 * Limits how often one client address may ask for the integrity report ({@code /api/promises/integrity}, any
 * method, so HEAD too): when no report is kept it recomputes every revision's hashes, and a flood of it once
 * slowed the public pages for everyone. A {@link RateLimit} per address and minute, in the manner of
 * {@link SignInRateLimit}; over the limit the answer is 429 with Retry-After and a problem.
 */
final class IntegrityRateLimit extends OncePerRequestFilter {

    private final RequestMatcher limited = PathPatternRequestMatcher.withDefaults().matcher("/api/promises/integrity");
    private final RateLimit perAddress;
    private final ApiProblems problems;

    IntegrityRateLimit(int perMinute, ApiProblems problems) {
        this.perAddress = RateLimit.perMinute(perMinute);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limited.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = perAddress.secondsToWait(request.getRemoteAddr());
        if (seconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        problems.tooManyRequests(request, response, perAddress.perWindow(), seconds);
    }
}
