package se.lofte.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.http.MimeHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's RemoteIpValve, believing only the configured {@link TrustedProxies}: from them the client is the
 * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy (what a client wrote at the
 * start of the header counts for nothing), and the scheme, host and port come from {@code X-Forwarded-Proto},
 * {@code -Host} and {@code -Port}. Any other connection is taken as it is, and its forwarded headers are
 * removed before the application sees them.
 *
 * <p>One addition: a proxy that names its port only in {@code X-Forwarded-Host} ({@code lofte.example.se:8443},
 * as nginx's {@code $http_host}) keeps that port. The valve alone would set the default port of the forwarded
 * scheme, and every address Löfte makes (the login redirect, the page after it) would lose the port.
 */
final class ProxyHeadersValve extends RemoteIpValve {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    /** Forwarded headers Löfte never reads; removed so that nothing downstream starts to believe them. */
    private static final List<String> UNUSED = List.of("Forwarded", "X-Forwarded-Prefix", "X-Forwarded-Ssl");
    private static final List<String> USED = List.of(FOR, PROTO, HOST, PORT);
    /** The port at the end of a host: {@code name:8443} or {@code [2001:db8::1]:8443}. */
    private static final Pattern HOST_PORT = Pattern.compile("(?:\\[[^\\]]*\\]|[^:\\[\\]]*):(\\d{1,5})");

    private static final Logger log = LoggerFactory.getLogger(ProxyHeadersValve.class);

    private final TrustedProxies proxies;
    private final AtomicBoolean toldOfUntrusted = new AtomicBoolean();

    ProxyHeadersValve(TrustedProxies proxies) {
        this.proxies = proxies;
        setRemoteIpHeader(FOR);
        setProtocolHeader(PROTO);
        setHostHeader(HOST);
        setPortHeader(PORT);
        // The valve's own default trusts every private address; Löfte trusts only what is configured.
        setInternalProxies(proxies.isEmpty() ? null : proxies.ranges());
        setTrustedProxies(null);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        UNUSED.forEach(headers::removeHeader);
        if (!proxies.contains(request.getRemoteAddr())) {
            if (headers.getHeader(FOR) != null && !toldOfUntrusted.getAndSet(true)) {
                // Once per node: after an upgrade, or with the setting forgotten, every visitor behind the
                // proxy looks like the proxy (one shared sign-in limit, no Secure cookie). The address stays
                // out of the log.
                log.warn("X-Forwarded-For came from an address that is not in lofte.trusted-proxies and was"
                        + " ignored; behind a proxy, list its address there (docs/security.md)");
            }
            USED.forEach(headers::removeHeader);
        } else if (headers.getHeader(PORT) == null) {
            portOf(headers.getHeader(HOST)).ifPresent(port -> headers.addValue(PORT).setString(port));
        }
        super.invoke(request, response);
    }

    /** The port in the first (the visitor's) value of a forwarded host, if it names one. */
    static Optional<String> portOf(String forwardedHost) {
        if (forwardedHost == null) {
            return Optional.empty();
        }
        Matcher matcher = HOST_PORT.matcher(forwardedHost.split(",", 2)[0].strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(matcher.group(1));
        return port >= 1 && port <= 65535 ? Optional.of(Integer.toString(port)) : Optional.empty();
    }
}
