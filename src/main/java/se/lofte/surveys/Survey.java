package se.lofte.surveys;

import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * A survey with its questions in order. {@code templateUnchecked}: made from the template, and nobody has yet
 * said that they checked its wording for this municipality, so it cannot open. {@code openToken} names the
 * survey in its link ({@code /enkat/<token>}): 256 random bits, so that the link cannot be guessed before it is
 * handed out, known from the start so that letters can be printed before the survey opens. {@code requiresCode}: letters with one-time codes were made,
 * and the link takes an answer only with one of their codes.
 */
public record Survey(SurveyId id, OrganisationId municipality, String municipalityName, int year, String titleSv,
                     String titleEn, SurveyState state, boolean templateUnchecked, String openToken,
                     boolean resultsPublished, boolean requiresCode, List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    public String title(boolean english) {
        return english ? titleEn : titleSv;
    }

    public boolean draft() {
        return state == SurveyState.DRAFT;
    }
}
