package se.lofte.surveys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.lofte.promises.PromiseContent;
import se.lofte.promises.Theme;

/**
 * Which template questions of the survey speak to a commitment, and which of their options say that something is
 * wrong: the late-evening question's "Ganska otrygg" and "Mycket otrygg" (options 3 and 4), a problem-index item's "Ett
 * mycket stort" and "Ett ganska stort problem" (1 and 2). A commitment matches a question by its theme, or by a word
 * of the problem in its title or text ("klotter", "inbrott"). The table is written out rather than guessed, so that
 * residents and staff can read in docs/surveys.md why a line stands beside a commitment.
 */
final class SurveyTopics {

    private static final List<Integer> UNSAFE = List.of(3, 4);
    private static final List<Integer> BIG_PROBLEM = List.of(1, 2);

    /** Word stems, in lower case, by template key. */
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry(SurveyTemplate.LATE_EVENING, List.of("otrygg", "trygghet")),
            Map.entry("problem-litter", List.of("nedskräp", "skräp")),
            Map.entry("problem-graffiti", List.of("klotter")),
            Map.entry("problem-vandalism", List.of("skadegörelse")),
            Map.entry("problem-lighting", List.of("belysning", "upplyst")),
            Map.entry("problem-youth-gangs", List.of("ungdomsgäng", "gäng")),
            Map.entry("problem-intoxicated", List.of("berusad", "alkohol", "narkotikapåverkad")),
            Map.entry("problem-reckless-driving", List.of("buskörning", "mopedbus")),
            Map.entry("problem-speeding", List.of("hastighet", "fortkörning", "för fort")),
            Map.entry("problem-drug-dealing", List.of("narkotikahandel", "langning")),
            Map.entry("problem-burglary", List.of("inbrott")),
            Map.entry("problem-bicycle-theft", List.of("cykelstöld")));

    private static final Map<Theme, List<String>> THEMES = Map.of(
            Theme.NARCOTICS, List.of("problem-drug-dealing", "problem-intoxicated"),
            Theme.TRAFFIC, List.of("problem-reckless-driving", "problem-speeding"),
            Theme.PUBLIC_VIOLENCE, List.of(SurveyTemplate.LATE_EVENING, "problem-youth-gangs"),
            Theme.YOUTH, List.of("problem-youth-gangs"),
            Theme.HOUSING_AREAS, List.of(SurveyTemplate.LATE_EVENING, "problem-litter", "problem-graffiti",
                    "problem-vandalism", "problem-lighting"),
            Theme.CRIME_PREVENTION, List.of("problem-burglary", "problem-bicycle-theft", "problem-vandalism"));

    /** The template questions in template order, so that lines read in the order the survey asks. */
    private static final List<String> ORDER = SurveyTemplate.questions().stream()
            .map(SurveyTemplate.TemplateQuestion::key).toList();

    private SurveyTopics() {
    }

    /** The template keys that speak to the commitment, in template order. */
    static List<String> of(PromiseContent.Commitment commitment) {
        Set<String> keys = new LinkedHashSet<>();
        if (commitment.theme() != null) {
            keys.addAll(THEMES.getOrDefault(commitment.theme(), List.of()));
        }
        String text = ((commitment.title() == null ? "" : commitment.title()) + " "
                + (commitment.text() == null ? "" : commitment.text())).toLowerCase(Locale.ROOT);
        WORDS.forEach((key, stems) -> {
            if (stems.stream().anyMatch(text::contains)) {
                keys.add(key);
            }
        });
        return ORDER.stream().filter(keys::contains).toList();
    }

    /** The options of the question that say something is wrong, by position. */
    static List<Integer> concern(String templateKey) {
        return SurveyTemplate.LATE_EVENING.equals(templateKey) ? UNSAFE : BIG_PROBLEM;
    }
}
