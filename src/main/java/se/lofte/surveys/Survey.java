package se.lofte.surveys;

import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * A survey with its questions in order. {@code templateUnchecked}: made from the template, and nobody has yet
 * said that they checked its wording for this municipality, so it cannot open. {@code openToken} is set from
 * the moment it opens: the address of its open link.
 */
public record Survey(SurveyId id, OrganisationId municipality, String municipalityName, int year, String titleSv,
                     String titleEn, SurveyState state, boolean templateUnchecked, String openToken,
                     boolean resultsPublished, List<Question> questions) {

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
