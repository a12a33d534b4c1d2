package se.lofte.site;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged texts answer exactly as Spring's bundle-based source with the same bundles would. */
class SiteMessagesTests {

    private static final String[] BASENAMES = basenames();

    @Test
    void everyTextIsTheSameAsFromTheBundles() throws IOException {
        var merged = new SiteMessages(Arrays.asList(BASENAMES), getClass().getClassLoader());
        var bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(BASENAMES);
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        Object[] args = {7, 3, 2.5, 1, 12};
        Set<String> keys = keys();
        assertThat(keys).hasSizeGreaterThan(500);
        for (Locale locale : new Locale[]{Locale.of("sv"), Locale.ENGLISH, Locale.UK, Locale.GERMAN, Locale.ROOT}) {
            for (String key : keys) {
                assertThat(merged.getMessage(key, null, locale)).as(key + " " + locale)
                        .isEqualTo(bundles.getMessage(key, null, locale));
                assertThat(merged.getMessage(key, args, locale)).as(key + " with arguments " + locale)
                        .isEqualTo(bundles.getMessage(key, args, locale));
            }
        }
        assertThat(merged.getMessage("no.such.text", null, "standard", Locale.ENGLISH)).isEqualTo("standard");
    }

    private static Set<String> keys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : BASENAMES) {
            for (String suffix : new String[]{"", "_en"}) {
                try (var in = SiteMessagesTests.class.getClassLoader().getResourceAsStream(basename + suffix + ".properties")) {
                    if (in != null) {
                        var properties = new Properties();
                        properties.load(in);
                        properties.stringPropertyNames().forEach(keys::add);
                    }
                }
            }
        }
        return keys;
    }

    private static String[] basenames() {
        try (var in = SiteMessagesTests.class.getClassLoader().getResourceAsStream("application.properties")) {
            var properties = new Properties();
            properties.load(in);
            return Arrays.stream(properties.getProperty("spring.messages.basename").split(",")).map(String::strip)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
