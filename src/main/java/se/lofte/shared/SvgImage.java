package se.lofte.shared;

/**
 * How a chart or map drawn on the server as SVG begins: one image to a screen reader ({@code role="img"}), named by
 * its title and described in words by its description, both found through ids that {@code id} makes unique on the
 * page, and scaled by its viewBox to any width. Every value is escaped ({@link Markup}).
 */
public final class SvgImage {

    private SvgImage() {
    }

    /**
     * The opening {@code svg} element with its title and description; the caller draws the rest and closes it.
     * {@code size} is the width and height as the viewBox gives them, such as {@code "400 220"}.
     */
    public static StringBuilder open(String cssClass, String size, String id, String title, String description) {
        String ids = Markup.escape(id);
        return new StringBuilder().append("<svg class=\"").append(Markup.escape(cssClass))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Markup.escape(size))
                .append("\" role=\"img\" aria-labelledby=\"").append(ids).append("-title ").append(ids)
                .append("-desc\"><title id=\"").append(ids).append("-title\">").append(Markup.escape(title))
                .append("</title><desc id=\"").append(ids).append("-desc\">").append(Markup.escape(description))
                .append("</desc>");
    }
}
