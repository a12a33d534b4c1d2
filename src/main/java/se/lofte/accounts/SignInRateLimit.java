package se.lofte.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import se.lofte.shared.ClientAddress;

/**
 * Limits sign-in attempts, password-reset requests and subscription requests (which send e-mail) and
 * accessibility reports (the one public form that stores what anyone sends) per client address: a token
 * bucket per client ({@link ClientAddress}: an IPv4 address or an IPv6 /64) and form, refilled in full
 * each minute. Over the limit the answer is 429 with the
 * normal error page and a Retry-After. Where Löfte runs behind a proxy, the client address comes from
 * its X-Forwarded-For header, believed only from the proxies in {@code lofte.trusted-proxies}; a client
 * that is no such proxy is counted by the address it connects from, whatever it writes in the header.
 * Each app node counts on its own; with several nodes an address gets the limit once per node, which
 * still stops a flood.
 */
final class SignInRateLimit extends OncePerRequestFilter {

    private final List<RequestMatcher> limited = List.of(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/konto/glomt-losenord"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/tillganglighet/rapportera"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/kommun/*/prenumerera"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/kommun/*/medborgarlofte/*/prenumerera"));
    private final int perMinute;
    // Bounded and forgetting idle addresses, so that a flood of addresses cannot fill the heap.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    SignInRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limited.stream().noneMatch(m -> m.matches(request))) {
            chain.doFilter(request, response);
            return;
        }
        String key = ClientAddress.of(request.getRemoteAddr()) + " " + request.getRequestURI();
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build();
    }
}
