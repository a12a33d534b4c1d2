package se.lofte.shared;

import java.io.IOException;
import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code lofte.*} settings as the application's own properties file gives them, and the ones that cannot work. */
class LoftePropertiesTests {

    @Test
    void theShippedSettingsBind() throws IOException {
        LofteProperties properties = bind(Map.of("LOFTE_BASE_URL", "https://lofte.example.se"));
        assertThat(properties.site().absolute("/kommun")).isEqualTo("https://lofte.example.se/kommun");
        assertThat(properties.mail().perAddressPerHour()).isEqualTo(5);
        assertThat(properties.apiDocs().open()).isTrue();
        assertThat(properties.publicCache().maxLifetime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.situation().importHeartbeatLimit()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.situation().polisen().url()).isEmpty();
        assertThat(properties.situation().polisen().organisation()).isNull();
        assertThat(properties.map().tiles().url()).isEqualTo(MapTiles.DEFAULT_URL);
        assertThat(properties.sso().trustedEmailRegistrations()).isEmpty();
        assertThat(properties.followUp().reminderBefore()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void withoutTheSitesAddressTheStartStopsSayingWhatToSet() {
        assertThatThrownBy(() -> bind(Map.of())).isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("lofte.base-url is not set. Set LOFTE_BASE_URL to the address people open the site at")
                .hasMessageContaining("--spring.profiles.active=dev");
    }

    @Test
    void theDevProfileLinksToThisMachine() throws IOException {
        assertThat(bind(Map.of(), "application-dev.properties").site().base()).isEqualTo("http://localhost:8080");
        assertThat(bind(Map.of("server.port", "9090"), "application-dev.properties").site().base())
                .isEqualTo("http://localhost:9090");
        assertThat(bind(Map.of("LOFTE_BASE_URL", "https://test.lofte.se"), "application-dev.properties").site().base())
                .isEqualTo("https://test.lofte.se");
    }

    @Test
    void environmentVariablesAndOverridesCount() throws IOException {
        LofteProperties properties = bind(Map.of("LOFTE_BASE_URL", "https://lofte.example.se/",
                "lofte.situation.polisen.organisation", "7", "lofte.sso.trusted-email-registrations", "a, b"));
        assertThat(properties.site().absolute("/kommun")).isEqualTo("https://lofte.example.se/kommun");
        assertThat(properties.situation().polisen().organisation()).isEqualTo(7L);
        assertThat(properties.sso().trustedEmailRegistrations()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSettingThatCannotWorkStopsTheStartNamingIt() {
        refused("lofte.base-url", "lofte.example.se", "lofte.base-url must be the site's address");
        refused("lofte.base-url", "ftp://lofte.example.se", "lofte.base-url must be the site's address");
        refused("lofte.mail.per-address-per-hour", "0", "lofte.mail.per-address-per-hour must be at least 1");
        refused("lofte.sign-in.attempts-per-minute", "-1", "lofte.sign-in.attempts-per-minute must be at least 1");
        refused("lofte.feeds.tag-date", "igår", "lofte.feeds.tag-date must be a date");
        refused("lofte.public-cache.check-interval", "PT0S", "lofte.public-cache.check-interval must be longer than 0");
        refused("lofte.situation.import-workers", "0", "lofte.situation.import-workers must be at least 1");
        refused("lofte.situation.snap-metres", "NaN", "lofte.situation.snap-metres must be between 0 and 10000");
        refused("lofte.map.tile-url", "javascript:alert(1)", "lofte.map.tile-url must be an http(s) URL template");
        refused("lofte.admin.username", " ", "lofte.admin.username must not be empty");
    }

    @Test
    void aFollowUpReminderComesBeforeThePeriodEnds() throws IOException {
        assertThat(bind(Map.of("LOFTE_BASE_URL", "https://lofte.example.se", "LOFTE_FOLLOW_UP_REMINDER_BEFORE", "P2W"))
                .followUp().reminderBefore()).isEqualTo(Period.ofWeeks(2));
        for (String never : new String[] {"P0D", "P-3D"}) {
            refused("lofte.follow-up.reminder-before", never,
                    "lofte.follow-up.reminder-before must be a period longer than 0");
        }
    }

    private static void refused(String name, String value, String message) {
        assertThatThrownBy(() -> bind(Map.of("LOFTE_BASE_URL", "https://lofte.example.se", name, value))).as(name).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining(message);
    }

    /**
     * Binds as the application does: its properties file, then those of active profiles, with placeholders,
     * under the given values.
     */
    private static LofteProperties bind(Map<String, Object> overrides, String... profileFiles) throws IOException {
        var sources = new MutablePropertySources();
        sources.addFirst(file("application.properties"));
        for (String profileFile : profileFiles) {
            sources.addFirst(file(profileFile));
        }
        sources.addFirst(new MapPropertySource("overrides", new HashMap<>(overrides)));
        var binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
        return binder.bindOrCreate("lofte", LofteProperties.class);
    }

    private static MapPropertySource file(String name) throws IOException {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource(name));
        Map<String, Object> values = new HashMap<>();
        shipped.forEach((key, value) -> values.put((String) key, value));
        return new MapPropertySource(name, values);
    }
}
