package se.lofte.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A jar built with Spring's AOT processing settles Boot's single sign-on condition at build time. */
class SingleSignOnAotTests {

    @Test
    void providersConfiguredButLostToTheAotModeStopTheStartSayingWhy() {
        assertThatThrownBy(() -> SingleSignOn.refuseProvidersLostToAot(true, true, List.of()))
                .hasMessageContaining("spring.security.oauth2.client.registration")
                .hasMessageContaining("Start without -Dspring.aot.enabled=true");
    }

    @Test
    void theRegularModeTheAotModeWithoutProvidersAndProvidersThatArrivedStart() {
        var provider = new SingleSignOn.Provider("kommun", "Kommunens konto");
        assertThatNoException().isThrownBy(() -> SingleSignOn.refuseProvidersLostToAot(false, true, List.of()));
        assertThatNoException().isThrownBy(() -> SingleSignOn.refuseProvidersLostToAot(true, false, List.of()));
        assertThatNoException()
                .isThrownBy(() -> SingleSignOn.refuseProvidersLostToAot(true, true, List.of(provider)));
    }

    @Test
    void aRegistrationSetByAnEnvironmentVariableCountsAsConfigured() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUN_CLIENT_ID", "lofte")));
        // Regular mode: no repository and no refusal, but the setting was seen.
        var sso = new SingleSignOn(new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class),
                environment);
        assertThat(sso.enabled()).isFalse();
        assertThat(SingleSignOn.configured(environment)).isTrue();
        assertThat(SingleSignOn.configured(new StandardEnvironment())).isFalse();
    }
}
