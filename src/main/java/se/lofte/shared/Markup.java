package se.lofte.shared;

/**
 * Text put into HTML or SVG that is built as a string, where no template escapes it (the charts drawn on the
 * server): every value written into an element's text or a quoted attribute goes through {@link #escape}, ids
 * and other values that look harmless included, since a key or a title may hold anything that was once saved.
 */
public final class Markup {

    private Markup() {
    }

    /** The text with the five characters that could end a text node or a quoted attribute escaped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
