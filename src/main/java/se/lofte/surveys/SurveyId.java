package se.lofte.surveys;

public record SurveyId(long value) {
    /** As written in addresses: {@code /manage/surveys/42}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
