package se.lofte.publishing.web;

/**
 * A published promise in a list: which municipality, its title and where to read it; {@code example} when the
 * municipality is made up.
 */
public record PromiseListing(String municipality, String title, String url, boolean example) {
}
