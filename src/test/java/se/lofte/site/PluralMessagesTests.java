package se.lofte.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted texts agree with their number: one of a thing is singular, in Swedish and in English. */
class PluralMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Test
    void oneIsSingularAndMoreArePlural() throws IOException {
        assertThat(sv("i18n/publishing-progress", "public.progress.measures.delayed", 1))
                .isEqualTo("Ytterligare 1 insats publiceras senare.");
        assertThat(sv("i18n/publishing-progress", "public.progress.measures.delayed", 2))
                .isEqualTo("Ytterligare 2 insatser publiceras senare.");
        assertThat(sv("i18n/situation-places", "places.import.done", 1, 1, 1, 0, 1))
                .isEqualTo("Inläst: 1 nytt område, 1 ersatt område, 1 nytt gatuavsnitt (0 fanns redan)."
                        + " 1 händelse fick nytt område eller gatuavsnitt.");
        assertThat(sv("i18n/situation-places", "places.import.done", 0, 2, 3, 4, 5))
                .isEqualTo("Inläst: 0 nya områden, 2 ersatta områden, 3 nya gatuavsnitt (4 fanns redan)."
                        + " 5 händelser fick nytt område eller gatuavsnitt.");
        assertThat(en("i18n/situation-places", "places.import.done", 1, 0, 2, 0, 1))
                .startsWith("Imported: 1 new area, 0 replaced areas, 2 new street segments");
        assertThat(sv("i18n/situation-places", "places.focus.partCount", 1, 1)).isEqualTo("1 område, 1 gatuavsnitt");
        assertThat(sv("i18n/situation-places", "places.focus.partCount", 2, 0)).isEqualTo("2 områden, 0 gatuavsnitt");
        assertThat(sv("messages", "municipalities.count", 1)).isEqualTo("1 kommun");
        assertThat(sv("messages", "municipalities.count", 290)).isEqualTo("290 kommuner");
        assertThat(en("messages", "municipalities.count", 1)).isEqualTo("1 municipality");
        assertThat(sv("i18n/situation-map", "map.incidentsCaption", 1, 1, 1)).endsWith("(1 händelse).");
        assertThat(sv("i18n/situation-map", "map.incidentsCaption", 1, 3, 1200)).endsWith("200 händelser).");
    }

    @Test
    void anIdIsWrittenAsItIsNotGroupedLikeACount() throws IOException {
        assertThat(sv("i18n/audit", "audit.event.title", 1019L)).isEqualTo("Händelse 1019");
        assertThat(en("i18n/audit", "audit.event.title", 1019L)).isEqualTo("Event 1019");
    }

    private static String sv(String bundle, String key, Object... args) throws IOException {
        return format(bundle + ".properties", key, SWEDISH, args);
    }

    private static String en(String bundle, String key, Object... args) throws IOException {
        return format(bundle + "_en.properties", key, Locale.ENGLISH, args);
    }

    private static String format(String file, String key, Locale locale, Object... args) throws IOException {
        var texts = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        assertThat(texts.getProperty(key)).as(key).isNotNull();
        return new MessageFormat(texts.getProperty(key), locale).format(args);
    }
}
