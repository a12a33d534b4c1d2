package se.lofte.followup;

import java.util.ArrayList;
import java.util.List;

import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;

/**
 * What holds of a follow-up's verdicts on every save: a row may lack its verdict while the parties work, but a
 * verdict of anything not fulfilled always says why, with a reason from the list and an explanation for residents,
 * and the explanation, public text, holds no personal identity number. Field paths are those of the form,
 * {@code rows[2].explanation}, so the page shows each problem at its row and field.
 */
final class FollowUpRules {

    static final int EXPLANATION_MAX = 4_000;

    private FollowUpRules() {
    }

    static List<Problem> check(List<Assessment> assessments) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i).settled();
            String row = "rows[" + i + "].";
            if (a.verdict() != null && a.verdict().needsWhy()) {
                if (a.reason() == null) {
                    problems.add(Problem.of(row + "reason", "followup.problem.reasonRequired"));
                }
                if (a.explanation().isEmpty()) {
                    problems.add(Problem.of(row + "explanation", "followup.problem.explanationRequired"));
                }
            }
            if (a.explanation().length() > EXPLANATION_MAX) {
                problems.add(Problem.of(row + "explanation", "followup.problem.tooLong",
                        Integer.toString(EXPLANATION_MAX)));
            }
            List<String> numbers = PersonalIdentityNumbers.findIn(a.explanation());
            if (!numbers.isEmpty()) {
                problems.add(Problem.of(row + "explanation", "followup.problem.personalIdentityNumber",
                        String.join(", ", numbers)));
            }
        }
        return problems;
    }

    /** How many rows have no verdict yet: none may, before a party signs. */
    static int unfinished(List<Assessment> assessments) {
        return (int) assessments.stream().filter(a -> a.verdict() == null).count();
    }
}
