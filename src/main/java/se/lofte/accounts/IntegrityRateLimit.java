package se.lofte.accounts;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
 * slowed the public pages for everyone. A token bucket per address, refilled in full each minute, in the
 * manner of {@link SignInRateLimit}; over the limit the answer is 429 with Retry-After and a problem. Each app
 * node counts on its own.
 */
final class IntegrityRateLimit extends OncePerRequestFilter {

    private final RequestMatcher limited = PathPatternRequestMatcher.withDefaults().matcher("/api/promises/integrity");
    private final int perMinute;
    private final ApiProblems problems;
    // Bounded and forgetting idle addresses, so that a flood of addresses cannot fill the heap.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    IntegrityRateLimit(int perMinute, ApiProblems problems) {
        this.perMinute = perMinute;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limited.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.get(request.getRemoteAddr(), a -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        problems.tooManyRequests(request, response, perMinute, seconds);
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build();
    }
}
