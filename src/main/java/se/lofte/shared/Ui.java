package se.lofte.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * What every page template needs from the request around it: the language and its texts, the path (for
 * the language switch), the CSRF token for forms and the signed-in user's name, if any.
 * <p>
 * The CSRF field is asked for only when a template renders a form: making a token may store it (in the
 * staff member's session), and a page without a form must neither start a session nor write one.
 */
public final class Ui {

    private final Locale locale;
    private final MessageSource messages;
    private final String path;
    private final String query;
    private final Supplier<String> csrfParameter;
    private final Supplier<String> csrfToken;
    private final String userName;
    private final Function<String, String> assets;

    public Ui(Locale locale, MessageSource messages, String path, Supplier<String> csrfParameter,
              Supplier<String> csrfToken, String userName, Function<String, String> assets) {
        this(locale, messages, path, null, csrfParameter, csrfToken, userName, assets);
    }

    /** {@code query} is the request's query string as sent (null for none), kept by {@link #inLanguage}. */
    public Ui(Locale locale, MessageSource messages, String path, String query, Supplier<String> csrfParameter,
              Supplier<String> csrfToken, String userName, Function<String, String> assets) {
        this.locale = locale;
        this.messages = messages;
        this.path = path;
        this.query = query;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
        this.userName = userName;
        this.assets = assets;
    }

    /** The text for a message key in the page's language; a missing key shows as itself, never fails. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public String path() {
        return path;
    }

    /**
     * This page in another language: its address with everything else the reader chose in the query kept (a
     * filter, the print view), so that switching language never loses the view.
     */
    public String inLanguage(String language) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
    }

    public String csrfParameter() {
        return csrfParameter.get();
    }

    public String csrfToken() {
        return csrfToken.get();
    }

    /**
     * The address to link a static file under ({@code /css/site.css}): one that carries a hash of its content,
     * so that browsers may keep it for a year and still never use an old copy after a release.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    public String userName() {
        return userName;
    }

    public boolean signedIn() {
        return userName != null;
    }

    /** A number as the page's language writes it: "2,5" in Swedish, "2.5" in English ({@link Numbers}). */
    public String number(BigDecimal value) {
        return Numbers.of(value, locale);
    }

    public Locale locale() {
        return locale;
    }
}
