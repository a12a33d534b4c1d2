package se.lofte.incidents.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.lofte.testing.MessageKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message code the parsers and the mapping can give has a Swedish and an English text. */
class SourcesMessagesTests {

    private static final Pattern CODE = Pattern.compile("\"(import\\.(?:reason|mapping)\\.[A-Za-z.]+)\"");

    @Test
    void everyCodeUsedHasASwedishAndAnEnglishText() throws IOException {
        Set<String> used = MessageKeys.in(CODE, Path.of("src/main/java/se/lofte/incidents/sources"));
        assertThat(used).containsAll(Reasons.ALL).contains("import.mapping.badPattern");

        MessageKeys.assertSwedishAndEnglish("i18n/situation-sources", used);
    }
}
