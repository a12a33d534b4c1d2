package se.lofte.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences of the real 2019 promise (a byte-for-byte copy of the seed file in test resources), as a
 * resident reads them, for checking that the published page holds every one.
 */
public final class SeedText {

    private SeedText() {
    }

    /**
     * Every sentence of the seed, whitespace normalised and list numbers dropped. The seed's third line is
     * the photo's alternative text; the photo itself is not ours to ship, so that line is not expected on
     * the page (its caption, the next line, is).
     */
    public static List<String> sentences() {
        List<String> lines = new ArrayList<>(Arrays.asList(read().split("\\R")));
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || i == 2) {
                continue;
            }
            boolean wrapped = i > 0 && !lines.get(i - 1).isBlank() && Character.isLowerCase(line.charAt(0));
            if (wrapped && !paragraphs.isEmpty() && !paragraphs.getLast().endsWith(".")) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + " " + line);
            } else {
                paragraphs.add(line.replaceFirst("^\\d+\\.\\s+", ""));
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : paragraph.split("(?<=[.!])\\s+(?=[A-ZÅÄÖ])")) {
                sentences.add(normalise(sentence));
            }
        }
        return sentences;
    }

    public static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String read() {
        try (InputStream in = SeedText.class.getResourceAsStream("/seed/medborgarlofte-bengtsfors-2019.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
