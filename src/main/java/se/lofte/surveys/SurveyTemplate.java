package se.lofte.surveys;

import java.util.ArrayList;
import java.util.List;

/**
 * The questions a municipality usually starts from: the district the resident lives in, the late-evening safety
 * question, and the items of the problem index, worded as in the police's local surveys. The wording is a
 * starting point that staff check before the survey opens; the keys let a year's answers be compared with the
 * year before.
 */
public final class SurveyTemplate {

    /** The template question of the district, the one results are split by. */
    public static final String DISTRICT = "district";

    /** The late-evening safety question. */
    public static final String LATE_EVENING = "late-evening";

    static final List<QuestionOption> PROBLEM_SCALE = List.of(
            new QuestionOption("Ett mycket stort problem", "A very big problem"),
            new QuestionOption("Ett ganska stort problem", "A fairly big problem"),
            new QuestionOption("Ett ganska litet problem", "A fairly small problem"),
            new QuestionOption("Inget problem alls", "No problem at all"));

    private static final String PROBLEM_STEM_SV = "Hur stort problem anser du följande är i ditt bostadsområde? ";
    private static final String PROBLEM_STEM_EN = "How big a problem do you consider the following to be in your"
            + " neighbourhood? ";

    /** Key, Swedish, English of each problem-index item. */
    private static final String[][] PROBLEMS = {
            {"problem-litter", "Nedskräpning", "Littering"},
            {"problem-graffiti", "Klotter", "Graffiti"},
            {"problem-vandalism", "Skadegörelse", "Vandalism"},
            {"problem-lighting", "Dåligt upplysta gator", "Poorly lit streets"},
            {"problem-youth-gangs", "Ungdomsgäng som stör ordningen", "Gangs of young people disturbing the peace"},
            {"problem-intoxicated", "Berusade eller narkotikapåverkade personer utomhus",
                    "People drunk or on drugs outdoors"},
            {"problem-reckless-driving", "Buskörning", "Reckless driving"},
            {"problem-speeding", "Bilar som körs för fort", "Cars driven too fast"},
            {"problem-drug-dealing", "Öppen narkotikahandel", "Open drug dealing"},
            {"problem-burglary", "Inbrott", "Burglary"},
            {"problem-bicycle-theft", "Cykelstölder", "Bicycle theft"}};

    private SurveyTemplate() {
    }

    record TemplateQuestion(String key, QuestionKind kind, String textSv, String textEn,
                            List<QuestionOption> options) {
    }

    static List<TemplateQuestion> questions() {
        List<TemplateQuestion> questions = new ArrayList<>();
        questions.add(new TemplateQuestion(DISTRICT, QuestionKind.PLACE, "I vilket område bor du?",
                "Which area do you live in?", List.of()));
        questions.add(new TemplateQuestion(LATE_EVENING, QuestionKind.SINGLE_CHOICE,
                "Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll i ditt bostadsområde?",
                "How safe or unsafe do you feel if you go out alone late one evening in your neighbourhood?",
                List.of(new QuestionOption("Mycket trygg", "Very safe"),
                        new QuestionOption("Ganska trygg", "Fairly safe"),
                        new QuestionOption("Ganska otrygg", "Fairly unsafe"),
                        new QuestionOption("Mycket otrygg", "Very unsafe"),
                        new QuestionOption("Går aldrig ut ensam sent", "Never go out alone late"))));
        for (String[] problem : PROBLEMS) {
            questions.add(new TemplateQuestion(problem[0], QuestionKind.SCALE_4, PROBLEM_STEM_SV + problem[1],
                    PROBLEM_STEM_EN + problem[2], PROBLEM_SCALE));
        }
        return List.copyOf(questions);
    }
}
