package se.lofte.measures;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the measures code and pages use has a Swedish and an English text. */
class MeasuresMessagesTests {

    private static final Pattern KEY = Pattern.compile("\"(measures\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyUsedHasASwedishAndAnEnglishText() throws IOException {
        Set<String> used = keysIn(Path.of("src/main/java/se/lofte/measures"), Path.of("src/main/jte/measures"));
        assertThat(used).contains("measures.problem.pin.description", "measures.state.heldBack");

        Properties swedish = bundle("/i18n/measures.properties");
        Properties english = bundle("/i18n/measures_en.properties");
        for (String key : used) {
            assertThat(swedish.getProperty(key)).as("Swedish text of %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English text of %s", key).isNotBlank();
        }
    }

    private static Set<String> keysIn(Path... folders) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MeasuresMessagesTests.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
