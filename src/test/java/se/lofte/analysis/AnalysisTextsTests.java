package se.lofte.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.lofte.analysis.Reading.Caution;
import se.lofte.analysis.Reading.Figure;
import se.lofte.analysis.Reading.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code of a reading or warning has its sentence in the analysis bundle, in Swedish and in English. */
class AnalysisTextsTests {

    @Test
    void everyFigureFindingAndCautionHasItsText() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(Figure.values()).map(Figure::key).forEach(keys::add);
        Stream.of(Finding.values()).map(Finding::key).forEach(keys::add);
        Stream.of(Caution.values()).map(Caution::key).forEach(keys::add);
        Stream.of(Concentration.Warning.values()).map(Concentration.Warning::key).forEach(keys::add);

        for (String file : List.of("analysis.properties", "analysis_en.properties")) {
            Properties texts = load(Path.of("src/main/resources/i18n", file));
            assertThat(keys).as(file).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
            // Only the effect's and the concentration's texts: other analyses may keep theirs in the bundle.
            assertThat(texts.stringPropertyNames()).as(file + " has no text for a code that is gone")
                    .filteredOn(key -> key.startsWith("analysis.effect.") || key.startsWith("analysis.concentration."))
                    .allSatisfy(key -> assertThat(keys).contains(key));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
