package se.lofte.publishing.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import se.lofte.shared.ControlCharacters;
import se.lofte.shared.Dates;

/**
 * Keeps rendered public pages, feeds, widgets, share images and open-data documents in memory and serves them
 * again without rendering, with validators ({@code ETag}, {@code Last-Modified}), answers to conditional
 * requests (304) and a gzipped copy for clients that take one.
 *
 * <p>A page is kept under its path, the print flag, the reader's language and the scheme (HSTS is sent over
 * HTTPS only), and with the {@link PublicVersion} it was rendered at: any change a public page can show moves
 * that version on, and every page rendered before it is then rendered anew on its next request. A page also stops being true at the next midnight in Sweden,
 * when held-back measures become public and deadlines pass, at the time the page's own {@code Expires} names, and in
 * any case after {@code max-lifetime}.
 *
 * <p>Only anonymous readers are served from it: a request with a session cookie or credentials (staff) is
 * passed on untouched, and so is any response that sets a cookie, is not a 200, or carries a form (pages with
 * forms are simply not on the list below). When many readers ask for a page that is not kept, one renders it
 * and the others wait for that render instead of rendering it too.
 */
class PublicPageCache extends OncePerRequestFilter {

    /** What may be kept: public pages without forms, reports (page and PDF), feeds (the citizen reports' too), widgets, share images, open data, pictures. */
    private static final List<Pattern> CACHEABLE = List.of(
            Pattern.compile("/"),
            Pattern.compile("/kommun"),
            Pattern.compile("/medborgarloften(/\\d{4}|/karta\\.svg)?"),
            Pattern.compile("/kommun/[a-z0-9-]+"),
            Pattern.compile("/kommun/[a-z0-9-]+/flode\\.atom"),
            Pattern.compile("/kommun/[a-z0-9-]+/rapporter(/\\d{1,18}(/foto\\.jpg)?)?"),
            Pattern.compile("/kommun/[a-z0-9-]+/rapporter\\.atom"),
            Pattern.compile("/kommun/[a-z0-9-]+/medborgarlofte/\\d{4}(/version/\\d{1,4})?"),
            Pattern.compile("/kommun/[a-z0-9-]+/medborgarlofte/\\d{4}/(flode\\.atom|delningsbild\\.png|rapport|rapport\\.pdf)"),
            Pattern.compile("/widget/kommun/[a-z0-9-]+/medborgarlofte/\\d{4}(\\.html)?"),
            Pattern.compile("/flode\\.atom"),
            Pattern.compile("/api/promises(/\\d{1,18}(/revisions(/\\d{1,4})?)?)?"),
            // The bulk downloads are not kept here: they outgrow LARGEST_KEPT and answer 304 themselves.
            Pattern.compile("/api/schemas/medborgarlofte-1\\.json"),
            Pattern.compile("/oppna-data"),
            Pattern.compile("/bilder/[0-9a-f]{64}"),
            Pattern.compile("/kommun/[a-z0-9-]+/dialog(\\.ics|/\\d{1,18})?"),
            Pattern.compile("/kommun/[a-z0-9-]+/trygghetsundersokning/\\d{4}(\\.csv|\\.json)?"),
            Pattern.compile("/dialog/bilder/[0-9a-f]{64}"));

    /** The only query parameter a kept page may have: the print view's. Anything else is rendered each time. */
    private static final String PRINT = "utskrift";

    /** Headers that the cache sets itself when it serves a page, or that must never be replayed. */
    private static final Set<String> OWN_HEADERS = Set.of("cache-control", "pragma", "expires", "etag",
            "last-modified", "content-length", "content-type", "vary", "date", "transfer-encoding",
            "content-encoding", "set-cookie");

    private static final int LARGEST_KEPT = 2 * 1024 * 1024;

    private final PublicVersion version;
    private final LocaleResolver languages;
    private final Clock clock;
    private final Duration maxLifetime;
    private final String cacheControl;
    private final Cache<Key, CachedPage> pages;
    private final ConcurrentHashMap<Key, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    PublicPageCache(PublicVersion version, LocaleResolver languages, Clock clock, long maxBytes,
                    Duration maxLifetime, Duration maxAge, Duration staleWhileRevalidate) {
        this.version = version;
        this.languages = languages;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate="
                + staleWhileRevalidate.toSeconds();
        this.pages = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, CachedPage page) -> page.weight()).build();
    }

    /** The page's key, or null when this request is not served from the cache at all. */
    private Key keyOf(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        var parameters = request.getParameterMap();
        boolean print = parameters.containsKey(PRINT);
        if (parameters.size() > (print ? 1 : 0) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        // The print flag's value is not part of the key; one with a control character is refused after this
        // filter (ControlCharacterGuard), so it must not be answered from here first.
        if (print && Arrays.stream(parameters.get(PRINT)).anyMatch(v -> ControlCharacters.indexIn(v) >= 0)) {
            return null;
        }
        Cookie[] cookies = request.getCookies();
        // Spring Session's cookie: a staff member's request, answered as rendered for them.
        if (cookies != null && Arrays.stream(cookies).anyMatch(c -> c.getName().equals("SESSION"))) {
            return null;
        }
        String path = request.getRequestURI();
        if (CACHEABLE.stream().noneMatch(p -> p.matcher(path).matches())) {
            return null;
        }
        // The language as the page frame resolves it, through the site's own resolver: English, or else
        // Swedish. HSTS is sent over HTTPS only: a page kept from a plain request must not answer a secure one.
        boolean english = "en".equals(languages.resolveLocale(request).getLanguage());
        return new Key(path, print, english, request.isSecure());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = keyOf(request);
        long current = key == null ? -1 : version.current();
        if (current < 0) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage kept = valid(pages.getIfPresent(key), current);
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        var mine = new CompletableFuture<CachedPage>();
        var theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            CachedPage rendered = await(theirs);
            if (rendered != null) {
                send(rendered, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        CachedPage rendered = null;
        try {
            rendered = render(key, current, request, response, chain);
        } finally {
            rendering.remove(key, mine);
            mine.complete(rendered);
        }
    }

    /** Renders the page; keeps and sends it when it may be kept, sends it as it came otherwise. */
    private CachedPage render(Key key, long current, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws ServletException, IOException {
        Instant renderedAt = clock.instant();
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (response.isCommitted() || !keepable(request, response, capture)) {
            capture.copyBodyToResponse();
            return null;
        }
        String own = response.getHeader(HttpHeaders.CACHE_CONTROL);
        var page = CachedPage.of(capture.getContentAsByteArray(), response.getContentType(), headers(response),
                own != null && own.contains("public") ? own : null, renderedAt, current,
                validUntil(renderedAt, expires(response)));
        pages.put(key, page);
        response.reset();
        send(page, request, response);
        return page;
    }

    private static boolean keepable(HttpServletRequest request, HttpServletResponse response,
                                    ContentCachingResponseWrapper capture) {
        return "GET".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentType() != null && response.getHeader(HttpHeaders.SET_COOKIE) == null
                && capture.getContentSize() <= LARGEST_KEPT;
    }

    private CachedPage valid(CachedPage page, long current) {
        if (page == null || page.version() != current) {
            return null;
        }
        // A clock set back (only tests do that) must not meet pages rendered in its future.
        Instant now = clock.instant();
        return !now.isBefore(page.lastModified()) && now.isBefore(page.validUntil()) ? page : null;
    }

    /**
     * The next midnight in Sweden, the page's own {@code Expires} (a page that knows when it stops being true, such as
     * a meeting that becomes "held" when it ends), or the longest lifetime: whichever comes first.
     */
    private Instant validUntil(Instant renderedAt, Instant expires) {
        Instant midnight = renderedAt.atZone(Dates.SWEDEN).toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT)
                .atZone(Dates.SWEDEN).toInstant();
        Instant latest = renderedAt.plus(maxLifetime);
        Instant until = midnight.isBefore(latest) ? midnight : latest;
        return expires != null && expires.isBefore(until) ? expires : until;
    }

    /** The response's {@code Expires}, or null when it has none that can be read. */
    private static Instant expires(HttpServletResponse response) {
        String expires = response.getHeader(HttpHeaders.EXPIRES);
        if (expires == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(expires, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Waits for another request's render of the same page; null when it could not be kept or took too long. */
    private static CachedPage await(CompletableFuture<CachedPage> render) throws IOException {
        try {
            return render.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a page", e);
        }
    }

    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        boolean gzipped = page.gzip() != null && acceptsGzip(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl() != null ? page.cacheControl() : cacheControl);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
        response.setHeader(HttpHeaders.ETAG, page.etag(gzipped));
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        byte[] body = gzipped ? page.gzip() : page.body();
        if (gzipped) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return page.matches(ifNoneMatch);
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && page.lastModified().toEpochMilli() <= since;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    /** The response's own headers worth replaying: security headers, CORS, framing rules. */
    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                kept.computeIfAbsent(name, n -> new ArrayList<>(response.getHeaders(n)));
            }
        }
        return kept;
    }

    private record Key(String path, boolean print, boolean english, boolean secure) {
    }
}
