package se.lofte.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID providers people may sign in with: one per {@code spring.security.oauth2.client.registration.<id>}
 * in the configuration, none by default. The login page offers a button for each.
 */
@Component
public class SingleSignOn {

    /** One provider as the login page shows it. */
    public record Provider(String id, String name) {

        /** Where Spring Security starts the sign-in with this provider. */
        public String signInUrl() {
            return "/oauth2/authorization/" + id;
        }
    }

    /**
     * Why a sign-in through a provider can be refused, as the login page's {@code sso} parameter names it;
     * any other failure reads as a plain "failed".
     */
    public static final Set<String> REFUSALS = Set.of(StaffOidcUserService.UNKNOWN_EMAIL,
            StaffOidcUserService.UNVERIFIED_EMAIL, StaffOidcUserService.INACTIVE);

    private final List<Provider> providers;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        // Boot's repository, built from the properties, can list its registrations; the interface cannot.
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                var client = (ClientRegistration) registration;
                found.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }
}
