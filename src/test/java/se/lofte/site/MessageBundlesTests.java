package se.lofte.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text bundle speaks both languages: each key has a Swedish and an English text, and neither is empty.
 * The bundles are found by listing the folders, so a new one is checked from the day it is added.
 */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String ENGLISH = "_en";

    /**
     * Texts that are Swedish by design, per bundle. Feeds and share images are read outside the site, where
     * there is no language switch, and speak the language of the promises they carry ({@code SwedishWords});
     * only the links to the feeds in the pages' head follow the page's language.
     */
    private static final Map<String, Predicate<String>> SWEDISH_ONLY = Map.of("i18n/publishing-feeds",
            key -> key.startsWith("share.") || key.startsWith("feed.") && !key.startsWith("feed.link."));

    @Test
    void everyBundleHasTheSameKeysInSwedishAndEnglishAndNoEmptyText() throws IOException {
        Set<String> bundles = bundles();
        assertThat(bundles).contains("messages", "i18n/measures", "i18n/situation-sources");

        List<String> problems = new ArrayList<>();
        for (String bundle : bundles) {
            Path swedishFile = RESOURCES.resolve(bundle + ".properties");
            Path englishFile = RESOURCES.resolve(bundle + ENGLISH + ".properties");
            if (!Files.exists(swedishFile)) {
                problems.add(bundle + ": " + englishFile.getFileName() + " has no Swedish bundle "
                        + swedishFile.getFileName() + " beside it");
                continue;
            }
            if (!Files.exists(englishFile)) {
                problems.add(bundle + ": no English twin " + englishFile.getFileName());
                continue;
            }
            Properties swedish = load(swedishFile);
            Properties english = load(englishFile);
            Predicate<String> swedishOnly = SWEDISH_ONLY.getOrDefault(bundle, key -> false);
            for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
                if (swedish.getProperty(key).isBlank()) {
                    problems.add(bundle + ": " + key + " is empty in Swedish");
                }
                if (!english.containsKey(key) && !swedishOnly.test(key)) {
                    problems.add(bundle + ": " + key + " is missing in English (" + englishFile.getFileName() + ")");
                }
            }
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                if (english.getProperty(key).isBlank()) {
                    problems.add(bundle + ": " + key + " is empty in English");
                }
                if (!swedish.containsKey(key)) {
                    problems.add(bundle + ": " + key + " is missing in Swedish (" + swedishFile.getFileName() + ")");
                }
            }
        }
        assertThat(problems).withFailMessage("Texts that are not in both languages:%n%s",
                String.join(System.lineSeparator(), problems)).isEmpty();
        assertThat(SWEDISH_ONLY.keySet()).as("bundles with Swedish-only texts").isSubsetOf(bundles);
    }

    /**
     * A text with a placeholder goes through {@code MessageFormat}, where a lone apostrophe starts a quotation: "Next
     * year's promise, {0}" reads "Next years promise, {0}". Such texts write it doubled (''). A text without one is
     * shown as written (Spring formats only texts given arguments), so there a doubled apostrophe shows doubled.
     */
    @Test
    void apostrophesAreWrittenAsEachTextIsShown() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String language : List.of("", ENGLISH)) {
                Path file = RESOURCES.resolve(bundle + language + ".properties");
                if (!Files.exists(file)) {
                    continue;
                }
                Properties texts = load(file);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String text = texts.getProperty(key);
                    boolean formatted = placeholder.matcher(text).find();
                    if (formatted ? loneApostrophe.matcher(text).find() : text.contains("''")) {
                        problems.add(file.getFileName() + ": " + key + " = " + text);
                    }
                }
            }
        }
        assertThat(problems).withFailMessage("Texts whose apostrophes would show wrongly:%n%s",
                String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @Test
    void everyBundleIsOneTheSiteReads() throws IOException {
        Properties application = load(RESOURCES.resolve("application.properties"));
        Set<String> read = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).collect(Collectors.toSet());
        assertThat(read).as("spring.messages.basename in application.properties").containsAll(bundles());
    }

    /** Bundle names as Spring knows them ("messages", "i18n/measures"), from either language's file. */
    private static Set<String> bundles() throws IOException {
        Set<String> bundles = new TreeSet<>();
        bundles.add("messages");
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .map(name -> name.endsWith(ENGLISH) ? name.substring(0, name.length() - ENGLISH.length()) : name)
                    .forEach(name -> bundles.add("i18n/" + name));
        }
        return bundles;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
