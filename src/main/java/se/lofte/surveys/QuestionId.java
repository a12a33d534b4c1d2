package se.lofte.surveys;

public record QuestionId(long value) {
    /** As written in addresses: {@code /manage/surveys/42/questions/7}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
