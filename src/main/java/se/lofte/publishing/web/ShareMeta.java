package se.lofte.publishing.web;

import se.lofte.publishing.ShareImages;

/**
 * What a promise page tells link previews and feed readers in its head: Open Graph and Twitter card tags
 * with absolute addresses, and where its feed is.
 */
public record ShareMeta(String pageUrl, String imageUrl, String imageAlt, String description, String feedPath) {

    public int imageWidth() {
        return ShareImages.WIDTH;
    }

    public int imageHeight() {
        return ShareImages.HEIGHT;
    }
}
