package se.lofte.incidents.sources;

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

/** Every message code the parsers and the mapping can give has a Swedish and an English text. */
class SourcesMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/se/lofte/incidents/sources");
    private static final Pattern CODE = Pattern.compile("\"(import\\.(?:reason|mapping)\\.[A-Za-z.]+)\"");

    @Test
    void everyCodeUsedHasASwedishAndAnEnglishText() throws IOException {
        Set<String> used = codesInSources();
        assertThat(used).containsAll(Reasons.ALL).contains("import.mapping.badPattern");

        Properties swedish = bundle("/i18n/situation-sources.properties");
        Properties english = bundle("/i18n/situation-sources_en.properties");
        for (String code : used) {
            assertThat(swedish.getProperty(code)).as("Swedish text of %s", code).isNotBlank();
            assertThat(english.getProperty(code)).as("English text of %s", code).isNotBlank();
        }
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(SourcesMessagesTests.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
