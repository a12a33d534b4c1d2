package se.lofte.situation.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;

/**
 * A person who is only a reporter (rapportör) may report and see their own reports, nothing else of the
 * situation picture: every other page under {@code /manage/situation} answers them 403, whichever page it
 * is and whatever that page checks itself; the overview that the staff menu's "Lägesbild" leads to sends
 * them on to their reports instead. Pages for the analysts decide per organisation on their own.
 */
@Configuration
class ReporterGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final String REPORTS = "/manage/situation/reports";

    private final Accounts accounts;

    ReporterGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/manage/situation/**")
                .excludePathPatterns(REPORTS, REPORTS + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            return true;
        }
        boolean onlyReporter = accounts.staffMember(user.getName())
                .map(m -> !m.systemAdmin() && m.memberships().stream().map(Membership::role).allMatch(Role.REPORTER::equals))
                .orElse(true);
        boolean overview = request.getRequestURI().equals(request.getContextPath() + "/manage/situation");
        if (onlyReporter && overview && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + REPORTS);
            return false;
        }
        if (onlyReporter) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }
}
