package se.lofte.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;

/**
 * Adds OpenID Connect login to the pages' filter chain when at least one provider is configured, and
 * leaves the chain as it is when none is. Refusals go back to the login page with the reason, so the
 * person reads why rather than a bare "failed".
 */
@Component
class SingleSignOnLogin {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);

    private final SingleSignOn singleSignOn;
    private final StaffOidcUserService staff;

    SingleSignOnLogin(SingleSignOn singleSignOn, Accounts accounts, LofteProperties properties) {
        this.singleSignOn = singleSignOn;
        this.staff = new StaffOidcUserService(accounts, properties.sso().trustedEmailRegistrations());
    }

    void applyTo(HttpSecurity http) {
        if (!singleSignOn.enabled()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staff))
                .defaultSuccessUrl("/manage", false)
                .failureHandler(this::refused));
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof OAuth2AuthenticationException oauth
                && SingleSignOn.REFUSALS.contains(oauth.getError().getErrorCode()) ? oauth.getError().getErrorCode() : "failed";
        // The refusal happens on the provider's callback, /login/oauth2/code/{registrationId}.
        String uri = request.getRequestURI();
        String provider = uri.substring(uri.lastIndexOf('/') + 1);
        if (reason.equals("failed")) {
            log.warn("Single sign-on through '{}' failed: {}", provider, e.getMessage());
        } else {
            log.info("Single sign-on through '{}' refused: {}", provider, reason);
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason + "&provider="
                + URLEncoder.encode(provider, StandardCharsets.UTF_8));
    }
}
