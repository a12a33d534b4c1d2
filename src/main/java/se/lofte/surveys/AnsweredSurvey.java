package se.lofte.surveys;

import java.util.List;

import se.lofte.places.MapBounds;

/**
 * A survey as residents answer it, with the districts its place and map questions offer, and the box its map opens
 * on (null when it has no map question or the municipality has no areas drawn).
 */
public record AnsweredSurvey(Survey survey, List<District> districts, MapBounds box) {

    public AnsweredSurvey {
        districts = List.copyOf(districts);
    }
}
