package se.lofte.measures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.lofte.testing.MessageKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the measures code and pages use has a Swedish and an English text. */
class MeasuresMessagesTests {

    private static final Pattern KEY = Pattern.compile("\"(measures\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyUsedHasASwedishAndAnEnglishText() throws IOException {
        Set<String> used = MessageKeys.in(KEY, Path.of("src/main/java/se/lofte/measures"),
                Path.of("src/main/jte/measures"));
        assertThat(used).contains("measures.problem.pin.description", "measures.state.heldBack");

        MessageKeys.assertSwedishAndEnglish("i18n/measures", used);
    }
}
