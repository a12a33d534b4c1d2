package se.lofte.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
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

    private static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

    private final List<Provider> providers;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, Environment environment) {
        List<Provider> found = new ArrayList<>();
        // Boot's repository, built from the properties, can list its registrations; the interface cannot.
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                var client = (ClientRegistration) registration;
                found.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
        refuseProvidersLostToAot(AotDetector.useGeneratedArtifacts(), configured(environment), providers);
    }

    /**
     * In Spring's AOT mode Boot's condition "some registration is configured" was settled when the jar was
     * built, without any: providers configured now would have no repository and staff would silently lose
     * their sign-in button. Better not to start, saying why.
     */
    static void refuseProvidersLostToAot(boolean aotMode, boolean configured, List<Provider> providers) {
        if (aotMode && configured && providers.isEmpty()) {
            throw new IllegalStateException("Single sign-on is configured (" + REGISTRATIONS + ".*), but this "
                    + "start uses Spring's AOT mode (-Dspring.aot.enabled=true), whose jar was built without "
                    + "it. Start without -Dspring.aot.enabled=true.");
        }
    }

    static boolean configured(Environment environment) {
        var prefix = ConfigurationPropertyName.of(REGISTRATIONS);
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names
                    && names.stream().anyMatch(prefix::isAncestorOf)) {
                return true;
            }
        }
        return false;
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }
}
