package se.lofte.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in free text from residents looks like a person: a phone number, or a name. Unlike a personal
 * identity number (refused outright, {@link PersonalIdentityNumbers}) these are only <em>flagged</em>, for the
 * person who reviews the text before it is published: "Storgatan" is not a person, but "Anna Svensson" may be
 * a neighbour named in public, and neither rule below can tell every case.
 *
 * <p>Phone numbers: Swedish numbers written as residents write them, a leading {@code 0}, {@code +46} or
 * {@code 0046} followed by 7 to 10 further digits, with spaces or hyphens anywhere ({@code 070-123 45 67},
 * {@code +46 8 123 456 78}).
 * Names: a capitalised word that is a common first name in Sweden (the list {@code first-names.txt}, of
 * names that are not also common Swedish words, so "Bo" and "Per" are left out), or two capitalised words in a
 * row not at the start of a sentence whose second ends like a Swedish surname ({@code -sson}, {@code -berg} …).
 */
public final class PersonalMentions {

    public enum Kind {
        NAME, PHONE_NUMBER
    }

    /** What was found, as written in the text. */
    public record Mention(Kind kind, String text) {
    }

    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d+])(?:\\+46|0046|0)[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){6,9}(?![\\d])");

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+");

    private static final Pattern SURNAME_ENDING = Pattern.compile(
            ".+(?:sson|son|sen|berg|ström|strom|lund|qvist|kvist|gren|blad|dahl|stedt|ander|ius|din|ell|ling|holm|"
                    + "mark|borg|bäck|stam|löf|sjö|fors)$");

    private static final Set<String> FIRST_NAMES = firstNames();

    private PersonalMentions() {
    }

    /** Every phone number and possible name in the text, in the order they appear. */
    public static List<Mention> findIn(String text) {
        List<Mention> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            found.add(new Mention(Kind.PHONE_NUMBER, phone.group().strip()));
        }
        found.addAll(names(text));
        return found;
    }

    public static boolean containsAny(String text) {
        return !findIn(text).isEmpty();
    }

    private static List<Mention> names(String text) {
        List<Mention> names = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int previousEnd = -1;
        String previous = null;
        int previousStart = -1;
        while (word.find()) {
            String w = word.group();
            boolean follows = previous != null && text.substring(previousEnd, word.start()).equals(" ");
            if (FIRST_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                names.add(new Mention(Kind.NAME, fullName(text, word)));
            } else if (follows && !FIRST_NAMES.contains(previous.toLowerCase(Locale.ROOT))
                    && !startsSentence(text, previousStart)
                    && SURNAME_ENDING.matcher(w.toLowerCase(Locale.ROOT)).matches()) {
                names.add(new Mention(Kind.NAME, previous + " " + w));
            }
            previous = w;
            previousStart = word.start();
            previousEnd = word.end();
        }
        return names;
    }

    /** A first name with the capitalised word right after it, which is then most likely the surname. */
    private static String fullName(String text, Matcher firstName) {
        Matcher next = WORD.matcher(text);
        int after = firstName.end();
        if (after < text.length() && text.charAt(after) == ' ' && next.find(after + 1) && next.start() == after + 1) {
            return firstName.group() + " " + next.group();
        }
        return firstName.group();
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\n\"”".indexOf(text.charAt(i)) >= 0;
    }

    private static Set<String> firstNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = PersonalMentions.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("se/lofte/shared/first-names.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
