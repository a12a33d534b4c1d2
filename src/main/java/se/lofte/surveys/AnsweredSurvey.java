package se.lofte.surveys;

import java.util.List;

/** A survey as residents answer it, with the districts its place questions offer. */
public record AnsweredSurvey(Survey survey, List<District> districts) {

    public AnsweredSurvey {
        districts = List.copyOf(districts);
    }
}
