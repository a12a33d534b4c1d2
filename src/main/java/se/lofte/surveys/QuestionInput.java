package se.lofte.surveys;

import java.util.ArrayList;
import java.util.List;

import se.lofte.shared.Typed;

/**
 * A question as staff type it: the kind's name, the text in both languages, and the options one a line in each
 * language, the same number of lines in both.
 */
public record QuestionInput(String kind, String textSv, String textEn, String optionsSv, String optionsEn) {

    public QuestionInput {
        kind = Typed.text(kind);
        textSv = Typed.text(textSv);
        textEn = Typed.text(textEn);
        optionsSv = Typed.text(optionsSv);
        optionsEn = Typed.text(optionsEn);
    }

    /** An empty form for a new question of this kind. */
    public static QuestionInput of(QuestionKind kind) {
        return new QuestionInput(kind.name(), "", "", "", "");
    }

    /** The form of a stored question, to edit it. */
    public static QuestionInput of(Question question) {
        return new QuestionInput(question.kind().name(), question.textSv(), question.textEn(),
                String.join("\n", question.options().stream().map(QuestionOption::textSv).toList()),
                String.join("\n", question.options().stream().map(QuestionOption::textEn).toList()));
    }

    /** The kind, or null when what was sent names none. */
    public QuestionKind parsedKind() {
        for (QuestionKind k : QuestionKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    List<String> linesSv() {
        return lines(optionsSv);
    }

    List<String> linesEn() {
        return lines(optionsEn);
    }

    /** The options as pairs; only meaningful once {@link SurveyRules#check} found no problem. */
    List<QuestionOption> options() {
        List<String> sv = linesSv();
        List<String> en = linesEn();
        List<QuestionOption> options = new ArrayList<>();
        for (int i = 0; i < sv.size(); i++) {
            options.add(new QuestionOption(sv.get(i), en.get(i)));
        }
        return options;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
