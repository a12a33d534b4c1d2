package se.lofte.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.lofte.shared.Ui;

/** Gives every page model a {@link Ui} named {@code ui}. */
@ControllerAdvice
// Commands (Lofte.command) start without a web layer, so without the resource chain that links static files.
@ConditionalOnWebApplication
class PageFrame {

    private final MessageSource messages;
    private final ResourceUrlProvider assets;

    PageFrame(MessageSource messages, @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null : auth.getName();
        Locale locale = "en".equals(RequestContextUtils.getLocale(request).getLanguage())
                ? Locale.ENGLISH : LanguageConfiguration.SWEDISH;
        // Parameter name and value are read only when a form is rendered: even the name loads Spring
        // Security's deferred token, and loading may store one in a new session.
        return new Ui(locale, messages, request.getRequestURI(), request.getQueryString(),
                csrf == null ? () -> "_csrf" : csrf::getParameterName, csrf == null ? () -> "" : csrf::getToken, user,
                this::asset);
    }

    /** The content-hashed address of a static file ({@link StaticAssets}); the plain one if it has none. */
    private String asset(String path) {
        String hashed = assets.getForLookupPath(path);
        return hashed == null ? path : hashed;
    }
}
