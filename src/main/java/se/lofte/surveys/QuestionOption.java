package se.lofte.surveys;

/** One option of a choice, or one step of a scale, in both languages. */
public record QuestionOption(String textSv, String textEn) {

    public String text(boolean english) {
        return english ? textEn : textSv;
    }
}
