package se.lofte.surveys;

import java.util.ArrayList;
import java.util.List;

import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/** What a survey and its questions must be to be saved, and to open. */
final class SurveyRules {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 500;
    static final int OPTION_MAX = 200;
    static final int OPTIONS_MAX = 20;
    /** A survey is counted per year; the same years as a lägesbild, beyond them a typing error. */
    static final int YEAR_MIN = 1990;
    static final int YEAR_MAX = 2200;

    private SurveyRules() {
    }

    static List<Problem> checkSurvey(String yearText, String titleSv, String titleEn) {
        List<Problem> problems = new ArrayList<>();
        String year = Typed.text(yearText);
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < YEAR_MIN || Integer.parseInt(year) > YEAR_MAX) {
            problems.add(Problem.of("year", "surveys.error.year"));
        }
        text(problems, "titleSv", Typed.text(titleSv), TITLE_MAX);
        text(problems, "titleEn", Typed.text(titleEn), TITLE_MAX);
        return problems;
    }

    static List<Problem> checkQuestion(QuestionInput input) {
        List<Problem> problems = new ArrayList<>();
        QuestionKind kind = input.parsedKind();
        if (kind == null) {
            problems.add(Problem.of("kind", "surveys.error.kind"));
        }
        text(problems, "textSv", input.textSv(), TEXT_MAX);
        text(problems, "textEn", input.textEn(), TEXT_MAX);
        if (kind == null) {
            return problems;
        }
        List<String> sv = input.linesSv();
        List<String> en = input.linesEn();
        if (!kind.hasOptions()) {
            if (!sv.isEmpty() || !en.isEmpty()) {
                problems.add(Problem.of("optionsSv", "surveys.error.noOptions"));
            }
            return problems;
        }
        if (kind.scale() && sv.size() != kind.steps()) {
            problems.add(Problem.of("optionsSv", "surveys.error.steps", Integer.toString(kind.steps())));
        } else if (!kind.scale() && (sv.size() < 2 || sv.size() > OPTIONS_MAX)) {
            problems.add(Problem.of("optionsSv", "surveys.error.optionCount", Integer.toString(OPTIONS_MAX)));
        }
        if (en.size() != sv.size()) {
            problems.add(Problem.of("optionsEn", "surveys.error.optionsEnCount", Integer.toString(sv.size())));
        }
        options(problems, "optionsSv", sv);
        options(problems, "optionsEn", en);
        return problems;
    }

    private static void options(List<Problem> problems, String field, List<String> lines) {
        if (lines.stream().anyMatch(line -> line.length() > OPTION_MAX)) {
            problems.add(Problem.of(field, "surveys.error.optionLong", Integer.toString(OPTION_MAX)));
        }
        if (lines.stream().distinct().count() < lines.size()) {
            problems.add(Problem.of(field, "surveys.error.optionTwice"));
        }
        personalNumbers(problems, field, String.join(" ", lines));
    }

    private static void text(List<Problem> problems, String field, String text, int max) {
        if (text.isEmpty()) {
            problems.add(Problem.of(field, "surveys.error.required"));
        } else if (text.length() > max) {
            problems.add(Problem.of(field, "surveys.error.long", Integer.toString(max)));
        }
        personalNumbers(problems, field, text);
    }

    /** Questions are public; a personal identity number has no place in one. */
    private static void personalNumbers(List<Problem> problems, String field, String text) {
        List<String> found = PersonalIdentityNumbers.findIn(text);
        if (!found.isEmpty()) {
            problems.add(Problem.of(field, "surveys.error.personalNumber", String.join(", ", found)));
        }
    }
}
