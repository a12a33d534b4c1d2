package se.lofte.shared;

/**
 * Characters that are never meant as input: the C0 controls except tab, line feed and carriage return, DEL,
 * the C1 controls (U+0080 to U+009F), the bidirectional embeddings, overrides and isolates (U+202A to U+202E,
 * U+2066 to U+2069) and the noncharacters U+FFFE and U+FFFF. PostgreSQL refuses NUL in text outright; the
 * others are invisible, and only hide in or break what shows, prints or logs the text: an override makes a
 * published sentence or a file name read backwards ("faktura_\u202Efdp.exe" shows as "faktura_exe.pdf"),
 * XML 1.0 forbids U+FFFE and U+FFFF, and some HTML parsers take U+FFFF for the end of the page. Tab and line
 * breaks are ordinary text in a description; the marks that only set a direction (U+200E, U+200F) are text.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                : c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                        || c == 0xfffe || c == 0xffff;
    }

    /** The index of the first control character in the text, or -1 when it has none. */
    public static int indexIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The character as Unicode writes it, {@code U+0000}: something a person can read and look up. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }

    /**
     * A name or address with every control character, line breaks and tabs included, written as its name in
     * brackets: safe to show on one line and to log (a line break in it cannot forge a log line).
     */
    public static String visible(String text) {
        var shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isControl(c)) {
                shown.append('[').append(name(c)).append(']');
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
