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

    /**
     * The text with every character XML 1.0 forbids written as U+FFFD: the C0 controls but tab and line breaks,
     * a surrogate without its pair, U+FFFE and U+FFFF. Input refuses these, but text stored before that, and
     * imported text, may hold them; one of them would leave a feed that no reader can parse.
     */
    public static String xmlCharacters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean legal = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c < 0xd800 || c > 0xdfff && c < 0xfffe;
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(legal ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
