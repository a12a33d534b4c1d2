package se.lofte.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message keys a module's code and pages name, and the check that its bundle has a Swedish and an English
 * text for each. A module's messages test says only where its keys are written and which bundle holds them.
 */
public final class MessageKeys {

    private MessageKeys() {
    }

    /** The first group of every match of the pattern, such as a quoted key, in the files below these folders. */
    public static Set<String> in(Pattern key, Path... folders) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** Asserts that the bundle, such as {@code i18n/measures}, has a Swedish and an English text of every key. */
    public static void assertSwedishAndEnglish(String bundle, Set<String> keys) throws IOException {
        Properties swedish = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        for (String key : keys) {
            assertThat(swedish.getProperty(key)).as("Swedish text of %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English text of %s", key).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream bytes = MessageKeys.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(bytes).as(resource).isNotNull();
            try (Reader in = new InputStreamReader(bytes, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }
}
