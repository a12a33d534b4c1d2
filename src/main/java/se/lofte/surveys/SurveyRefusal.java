package se.lofte.surveys;

import se.lofte.shared.Problem;
import se.lofte.shared.Refusal;

/** A step the survey refuses in its state: a question changed after it opened, opening an unchecked template. */
public class SurveyRefusal extends Refusal {

    SurveyRefusal(String code) {
        super(Problem.of("survey", code));
    }
}
