package se.lofte.accounts;

import java.io.IOException;
import java.util.List;

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
 * each minute ({@link MinuteLimit}). Over the limit the answer is 429 with the
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
    private final MinuteLimit limit;

    SignInRateLimit(int perMinute) {
        this.limit = new MinuteLimit(perMinute);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limited.stream().noneMatch(m -> m.matches(request))) {
            chain.doFilter(request, response);
            return;
        }
        String key = ClientAddress.of(request.getRemoteAddr()) + " " + request.getRequestURI();
        long seconds = limit.take(key);
        if (seconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }
}
