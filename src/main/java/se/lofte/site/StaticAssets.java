package se.lofte.site;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Style sheets, scripts, fonts and vendored libraries are linked under addresses that carry a hash of their
 * content ({@code site-<md5>.css}, Spring's content version strategy, see application.properties and
 * {@link PageFrame}): such an address never shows other bytes, so browsers and proxies keep it a year without
 * asking again. The same file under its plain address may change with the next release and is only kept
 * with revalidation ({@code no-cache}, answered by 304 while unchanged).
 */
@Component
class StaticAssets extends OncePerRequestFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";

    private static final Pattern ASSET = Pattern.compile("/(css|js|fonts|vendor)/.*");
    private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ASSET.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!FINGERPRINTED.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
