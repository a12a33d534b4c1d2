package se.lofte.accounts.web;

import java.security.Principal;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.StaffMember;
import se.lofte.shared.NotAllowed;

/**
 * A controller method that takes a {@link StaffMember} gets the person signed in, with their roles read afresh
 * for this request, so a role taken away stops working at once. A name with no account behind it (removed
 * meanwhile) is refused with 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SignedInStaff implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Accounts accounts;

    SignedInStaff(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StaffMember.class;
    }

    @Override
    public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binders) {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            // Staff addresses are behind sign-in, so this is a handler mapped outside them by mistake.
            throw new NotAllowed("A staff page was reached without signing in");
        }
        return accounts.signedIn(user);
    }
}
