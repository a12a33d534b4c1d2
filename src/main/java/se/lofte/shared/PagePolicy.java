package se.lofte.shared;

/**
 * The Content-Security-Policy of the site's pages, written in one place: the security filter chain sends it
 * with every page, and the answers given before that chain runs (a refused request, the 503 while the database
 * is away) send it too, so the two cannot drift apart. Only the site's own style sheets, scripts and images
 * (and {@code data:} images), no plug-ins, no framing, forms only to the site.
 */
public final class PagePolicy {

    private PagePolicy() {
    }

    /** The policy, allowing images also from {@code imageSource} (the map tiles' origin) when it is not empty. */
    public static String contentSecurityPolicy(String imageSource) {
        return "default-src 'self'; img-src 'self' data:" + (imageSource.isEmpty() ? "" : " " + imageSource)
                + "; style-src 'self'; script-src 'self'; object-src 'none';"
                + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    }
}
