package se.lofte.surveys;

/**
 * What a question asks for. Scales have a fixed number of steps, each named by the survey, and always a "vet ej"
 * besides, which is an answer but no step; a place is one of the municipality's districts; a map point is a
 * pin put on a map of the municipality (or, without JavaScript, one of its districts), stored as the district that
 * holds it and its {@link GridCell}.
 */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE_4, SCALE_5, FREE_TEXT, PLACE, MAP_POINT;

    /** The number of steps of a scale, 0 for any other kind. */
    public int steps() {
        return switch (this) {
            case SCALE_4 -> 4;
            case SCALE_5 -> 5;
            default -> 0;
        };
    }

    public boolean scale() {
        return steps() > 0;
    }

    /** Whether the question lists options the survey names: choices and scales. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || scale();
    }

    /** The message key of the kind's name. */
    public String key() {
        return "surveys.kind." + name();
    }
}
