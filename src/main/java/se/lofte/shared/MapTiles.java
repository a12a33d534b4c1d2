package se.lofte.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where map background tiles come from: a URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} ({@code lofte.map.tile-url}) and the attribution
 * the tile provider requires, as HTML ({@code lofte.map.tile-attribution}). Shared because the situation
 * map shows the tiles and the security configuration must let the browser load them.
 */
public record MapTiles(String url, String attribution) {

    public static final String URL_PROPERTY = "lofte.map.tile-url";
    public static final String DEFAULT_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String DEFAULT_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    // Scheme and authority of an absolute template; a {s} subdomain placeholder may stand in the host.
    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("(\\{s}\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");

    public MapTiles {
        url = Typed.text(url);
        attribution = Typed.text(attribution);
    }

    /**
     * The Content-Security-Policy source that lets a page load these tiles: scheme and host (and port),
     * with a {@code {s}} subdomain as {@code *.}; empty for tiles served by the application itself
     * (a relative URL). Anything else cannot be turned into a safe source and fails, so that a typing
     * error in the configuration stops the start rather than opening the policy.
     */
    public String contentSecuritySource() {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return "";
        }
        Matcher origin = ORIGIN.matcher(url);
        if (!origin.find() || !HOST.matcher(origin.group(2)).matches()) {
            throw new IllegalArgumentException(URL_PROPERTY + " must be an http(s) URL template such as "
                    + DEFAULT_URL + " or a path on this site, not: " + url);
        }
        return origin.group(1).toLowerCase() + "://" + origin.group(2).replace("{s}.", "*.");
    }
}
