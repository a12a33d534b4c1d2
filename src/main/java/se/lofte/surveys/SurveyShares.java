package se.lofte.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationId;
import se.lofte.places.Places;

/**
 * The share of a template question's answers that gave some of its options, in a municipality's published results of
 * a year, overall or in one district: what a goal measured from a survey and the follow-up's survey evidence read.
 * Read from the same suppressed tables the public sees ({@link ResultCounting}), so that no reader learns more than
 * the published page shows: the share is given only when every counted cell shows, and its count is then the sum of
 * shown counts. Options are compared by position, as the year-over-year change of the results is.
 */
@Component
class SurveyShares {

    /** What a year's results say about the counted options. */
    enum Outcome {
        /** The cells show: {@link YearShare#cell} holds the count, share and interval. */
        SHOWN,
        /** At least one counted cell, or the whole column, has fewer answers than the minimum. */
        SUPPRESSED,
        /** Nobody answered the question (in the district). */
        NO_ANSWERS,
        /** That year's survey has no such question, not these options, or not the district. */
        NOT_ASKED
    }

    /**
     * One year's share: {@code asOf} is the last day the survey was answered (null when nobody answered it),
     * {@code question} the question as that survey words it (null when not asked), {@code cell} is set only when
     * {@link Outcome#SHOWN}, as is {@code answered}, the number who answered the question (in the district).
     */
    record YearShare(int year, LocalDate asOf, Outcome outcome, Question question, Cell cell, long answered) {
    }

    /** A year's published results, counted once for any number of questions read from them. */
    record Counted(int year, LocalDate asOf, List<District> districts, List<QuestionResult> results) {

        Optional<String> districtName(long id) {
            return districts.stream().filter(d -> d.id() == id).map(District::name).findFirst();
        }
    }

    private final SurveyRows surveys;
    private final AnswerRows answers;
    private final Places places;
    private final SurveySettings settings;

    SurveyShares(SurveyRows surveys, AnswerRows answers, Places places, SurveySettings settings) {
        this.surveys = surveys;
        this.answers = answers;
        this.places = places;
        this.settings = settings;
    }

    /** The municipality's published results of the year, counted; empty when none are published. */
    Optional<Counted> published(OrganisationId municipality, int year) {
        return surveys.published(municipality, year).map(row -> {
            var id = new SurveyId(row.id());
            List<Question> questions = surveys.questions(id);
            List<District> districts = SurveyAnswers.districts(places, municipality);
            return new Counted(year, answers.lastAnswered(id).orElse(null), districts,
                    ResultCounting.count(questions, districts, answers.responses(id), answers.chosen(id), Map.of(),
                            settings.minimumCell()));
        });
    }

    /**
     * The share of the question {@code templateKey} answered with any of the options at {@code positions} (1-based),
     * in the district (null: all answers). Several options of a multiple-choice question are never added up, since
     * one resident may give both: such a reading is {@link Outcome#NOT_ASKED}.
     */
    static YearShare share(Counted counted, String templateKey, List<Integer> positions, Long district) {
        Optional<QuestionResult> found = counted.results().stream()
                .filter(r -> templateKey.equals(r.question().templateKey())).findFirst();
        if (found.isEmpty()) {
            return new YearShare(counted.year(), counted.asOf(), Outcome.NOT_ASKED, null, null, 0);
        }
        QuestionResult result = found.get();
        Question question = result.question();
        int column = 0;
        if (district != null) {
            column = -1;
            for (int i = 0; i < counted.districts().size(); i++) {
                if (counted.districts().get(i).id() == district) {
                    column = i + 1;
                }
            }
        }
        boolean fits = column >= 0 && !positions.isEmpty()
                && positions.stream().allMatch(p -> p >= 1 && p <= question.options().size())
                && (positions.size() == 1 || question.kind() != QuestionKind.MULTIPLE_CHOICE);
        if (!fits) {
            return new YearShare(counted.year(), counted.asOf(), Outcome.NOT_ASKED, question, null, 0);
        }
        Long answered = result.answered().get(column);
        if (answered == null) {
            return new YearShare(counted.year(), counted.asOf(), Outcome.SUPPRESSED, question, null, 0);
        }
        if (answered == 0) {
            return new YearShare(counted.year(), counted.asOf(), Outcome.NO_ANSWERS, question, null, 0);
        }
        long count = 0;
        for (int position : positions) {
            Cell cell = result.rows().get(position - 1).cells().get(column);
            if (cell.suppressed()) {
                return new YearShare(counted.year(), counted.asOf(), Outcome.SUPPRESSED, question, null, 0);
            }
            count += cell.count();
        }
        return new YearShare(counted.year(), counted.asOf(), Outcome.SHOWN, question,
                ResultCounting.cell(count, answered), answered);
    }
}
