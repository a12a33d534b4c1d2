package se.lofte.situation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place to narrow counts to: a municipality by its SCB code, or an area, street segment or focus place
 * by id. As a form value it is one token, {@code m:1438}, {@code a:12}, {@code s:7} or {@code f:3}, so a
 * single select can offer all kinds without JavaScript.
 */
public record PlaceChoice(PlaceKind kind, String key) {

    private static final Pattern TOKEN = Pattern.compile("([masf]):(\\d{1,18})");

    public PlaceChoice {
        if (kind == PlaceKind.MUNICIPALITY ? !key.matches("\\d{4}") : !key.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("Not a " + kind + " key: " + key);
        }
    }

    /** The place a token names; empty for anything that is not one. */
    public static Optional<PlaceChoice> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        PlaceKind kind = PlaceKind.byLetter(m.group(1).charAt(0));
        if (kind == PlaceKind.MUNICIPALITY && m.group(2).length() != 4) {
            return Optional.empty();
        }
        return Optional.of(new PlaceChoice(kind, m.group(2)));
    }

    public static PlaceChoice municipality(String scbCode) {
        return new PlaceChoice(PlaceKind.MUNICIPALITY, scbCode);
    }

    public String token() {
        return kind.letter() + ":" + key;
    }

    long id() {
        return Long.parseLong(key);
    }
}
