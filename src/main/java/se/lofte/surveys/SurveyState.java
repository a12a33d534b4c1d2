package se.lofte.surveys;

/** A draft is built; an open survey takes answers and its questions are frozen; a closed one takes no more. */
public enum SurveyState {
    DRAFT, OPEN, CLOSED
}
