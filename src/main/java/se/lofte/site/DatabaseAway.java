package se.lofte.site;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.shared.Problem;

/**
 * While the database cannot be reached (restarted, failed over, network gone), every request that needs it
 * gets 503 with {@code Retry-After} and the calm error page, not a 500 with a stack trace; pages the public
 * cache holds are still served, since it answers before this. Nothing here waits or retries: the connection
 * pool reconnects by itself, and the next request after that is served as usual.
 *
 * <p>Both a filter and an exception resolver: what fails inside a controller is resolved by Spring MVC before
 * it could reach a filter, and what fails in a filter (the session, sign-in) never reaches Spring MVC. Ordered
 * after the page cache and the control-character guard, before sessions and security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseAway extends OncePerRequestFilter {

    /** Seconds a client is asked to wait: a database restart or fail-over takes about that long. */
    static final String RETRY_AFTER = "30";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

    private static final String AWAY = DatabaseAway.class.getName();

    /** The message the error page shows instead of the general one, when there is more to say. */
    static final String MESSAGE = DatabaseAway.class.getName() + ".message";

    /** The only cookie the calm page reads. */
    private static final String LANGUAGE_COOKIE = "lofte-lang";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(AWAY) != null) {
            chain.doFilter(new WithoutSession(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!away(e) || response.isCommitted()) {
                throw e;
            }
            unavailable(request, response, e);
        }
    }

    /**
     * The error page for a request answered 503 here is rendered without the reader's cookies but the language:
     * the session would be looked up in the database again, fail again, and leave the container's bare page.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable e)
            throws IOException {
        request.setAttribute(AWAY, Boolean.TRUE);
        message(request).ifPresent(problem -> request.setAttribute(MESSAGE, problem));
        log.warn("No database connection could be had (database away or pool exhausted); {} {} answered 503: {}", request.getMethod(),
                request.getRequestURI(), rootMessage(e));
        response.resetBuffer();
        EarlyAnswerHeaders.write(response);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * Whoever sent a form is told that it was not saved and that going back keeps what they wrote; staff are told
     * that it is the database, since they may need to tell a colleague or wait before publishing. Readers of the
     * public site get the general calm message.
     */
    private static Optional<Problem> message(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.of(Problem.of("database", "error.unavailable.notSaved"));
        }
        if (request.getRequestURI().startsWith("/manage")) {
            return Optional.of(Problem.of("database", "error.unavailable.staff"));
        }
        return Optional.empty();
    }

    /** The same for what fails inside a controller, before Spring MVC's own resolvers make it a 500. */
    @Component
    static class InControllers implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception e) {
            if (!away(e)) {
                return null;
            }
            try {
                unavailable(request, response, e);
            } catch (IOException written) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Whether the failure is that no connection to the database could be had, found anywhere in its causes. */
    static boolean away(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception" in every SQL database's codes.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The request as the error page sees it: no cookie but the language, so no session is looked up. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(c -> c.getName().equals(LANGUAGE_COOKIE)).toArray(Cookie[]::new);
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Cookie") ? languageCookie() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!name.equalsIgnoreCase("Cookie")) {
                return super.getHeaders(name);
            }
            String cookie = languageCookie();
            return Collections.enumeration(cookie == null ? List.of() : List.of(cookie));
        }

        private String languageCookie() {
            Cookie[] cookies = getCookies();
            return cookies == null || cookies.length == 0 ? null : LANGUAGE_COOKIE + "=" + cookies[0].getValue();
        }
    }
}
