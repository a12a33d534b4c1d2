package se.lofte.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the pages' CSRF tokens live. A request that already has a session, and every request for a staff
 * page (sign-in, the password pages, {@code /manage}), keeps its token in the session, as Spring Security
 * does by default. Any other request, that is a resident on a public page, gets a signed token
 * ({@link SignedFormTokens}) that is checked by its signature and stored nowhere: a resident who reads a
 * page or sends the subscription or accessibility form never starts a session, so reading the site writes
 * nothing to the database.
 * <p>
 * A signed token is bound to no one, so on this path a request that the browser marks as coming from
 * another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} that is
 * neither this request's own nor {@code lofte.base-url}'s) gets no token and is refused. Browsers send
 * these headers with every form POST; a client that sends neither still needs a valid token.
 * <p>
 * The request handler stays Spring Security's {@code XorCsrfTokenRequestAttributeHandler}, which masks
 * the token with fresh random bytes in every page (against BREACH) and unmasks what comes back before
 * comparing it with {@link #loadToken}. The staff's session tokens need that mask, since they stay the same
 * for a whole session. So a signed token also reaches the page masked, and {@link #loadToken} unmasks the
 * submitted value the same way to check its signature, then returns it, which the handler's own unmasking
 * then matches.
 */
final class FormTokenRepository implements CsrfTokenRepository {

    static final String PARAMETER = "_csrf";
    static final String HEADER = "X-CSRF-TOKEN";

    private static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/login"),
            PathPatternRequestMatcher.withDefaults().matcher("/konto/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/manage/**"));

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final SignedFormTokens signed;
    private final String siteOrigin;

    /** {@code siteAddress} is {@code lofte.base-url}, the address the site is published under. */
    FormTokenRepository(SignedFormTokens signed, String siteAddress) {
        this.signed = signed;
        this.siteOrigin = origin(siteAddress);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return stateless(request) ? new DefaultCsrfToken(HEADER, PARAMETER, signed.issue())
                : sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (!stateless(request)) {
            sessions.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        if (!stateless(request)) {
            return sessions.loadToken(request);
        }
        if (fromAnotherSite(request)) {
            return null;
        }
        String submitted = request.getHeader(HEADER);
        if (submitted == null) {
            submitted = request.getParameter(PARAMETER);
        }
        String token = submitted == null ? null : unmask(submitted);
        return token != null && signed.valid(token) ? new DefaultCsrfToken(HEADER, PARAMETER, token) : null;
    }

    private static boolean stateless(HttpServletRequest request) {
        return request.getSession(false) == null && !STAFF_PAGES.matches(request);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String claimed = origin(origin);
        String own = request.getScheme().toLowerCase(Locale.ROOT) + "://"
                + request.getServerName().toLowerCase(Locale.ROOT) + ":" + request.getServerPort();
        return claimed == null || !(claimed.equals(own) || claimed.equals(siteOrigin));
    }

    /** {@code scheme://host:port} with the port always written out, or null for anything else ("null" too). */
    static String origin(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The token behind the masked value {@code XorCsrfTokenRequestAttributeHandler} wrote into the page:
     * base64url of the random bytes followed by the token's bytes XOR those random bytes.
     */
    private static String unmask(String masked) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(masked);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length == 0 || bytes.length % 2 != 0) {
            return null;
        }
        int half = bytes.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }
}
