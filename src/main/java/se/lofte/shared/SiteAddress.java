package se.lofte.shared;

/**
 * The site's public address ({@code lofte.base-url}) without a trailing slash. Mails, feeds, share cards,
 * posts and embed snippets are read away from the site, so they link to it absolutely, and always to this
 * address rather than whatever host a request named.
 */
public record SiteAddress(String base) {

    public static SiteAddress of(String configured) {
        return new SiteAddress(configured.replaceAll("/+$", ""));
    }

    /** The address of a path on the site, such as {@code /kommun/bengtsfors}. */
    public String absolute(String path) {
        return base + path;
    }
}
