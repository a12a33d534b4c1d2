package se.lofte.surveys;

import java.util.List;

/**
 * A survey as residents answer it, with the districts its place and map questions offer, and the box its map opens
 * on (null when it has no map question or the municipality has no areas drawn).
 */
public record AnsweredSurvey(Survey survey, List<District> districts, MapBox box) {

    public AnsweredSurvey {
        districts = List.copyOf(districts);
    }
}
