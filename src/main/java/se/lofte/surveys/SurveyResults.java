package se.lofte.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.Places;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.PinKind;

/**
 * A survey's results ({@link ResultCounting}), for staff once it has opened and for everyone once staff publish
 * them. Both read the same suppressed tables: what staff check before publishing is what the public will see.
 */
@Service
public class SurveyResults {

    /** The keys of a lägesbild pin's query: the survey's id and the question's. */
    public static final String PIN_SURVEY = "survey";
    public static final String PIN_QUESTION = "question";

    private final SurveyManagement management;
    private final SurveyRows surveys;
    private final AnswerRows answers;
    private final Places places;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final SurveySettings settings;
    private final ApplicationEventPublisher events;
    private final Lagesbilder lagesbilder;
    private final ReviewRows reviews;

    SurveyResults(SurveyManagement management, SurveyRows surveys, AnswerRows answers, Places places,
                  Organisations organisations, AuditTrail auditTrail, SurveySettings settings,
                  ApplicationEventPublisher events, Lagesbilder lagesbilder, ReviewRows reviews) {
        this.lagesbilder = lagesbilder;
        this.reviews = reviews;
        this.management = management;
        this.surveys = surveys;
        this.answers = answers;
        this.places = places;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.events = events;
    }

    public SurveyResult results(SurveyId id, StaffMember staff) {
        return results(management.survey(id, staff));
    }

    /**
     * Where the pins of each map question fall, for staff only: per grid cell, cells with fewer pins than the
     * minimum left out. Never public, since even a shown cell is a small part of a street.
     */
    public List<PointMap> pointMaps(SurveyId id, StaffMember staff) {
        Survey survey = management.survey(id, staff);
        int minimum = settings.minimumCell();
        return survey.questions().stream().filter(q -> q.kind() == QuestionKind.MAP_POINT).map(q -> {
            List<PointMap.Count> cells = answers.cells(q.id());
            return new PointMap(q, cells.stream().filter(c -> c.count() >= minimum).toList(),
                    cells.stream().mapToLong(PointMap.Count::count).sum(), minimum);
        }).toList();
    }

    /** The published results of the municipality's survey of the year, if any. */
    public Optional<SurveyResult> published(String municipalitySlug, int year) {
        return organisations.municipalityBySlug(municipalitySlug)
                .flatMap(m -> surveys.published(m.id(), year).map(row -> results(survey(row, m))));
    }

    /** The survey's results while staff have them published; empty otherwise, or for an unknown survey. */
    public Optional<SurveyResult> published(SurveyId id) {
        return surveys.row(id).filter(SurveyRows.SurveyRow::resultsPublished)
                .flatMap(row -> organisations.find(new OrganisationId(row.municipalityId()))
                        .map(m -> results(survey(row, m))));
    }

    /**
     * Pins one question's results into the survey municipality's lägesbild of {@code year}, titled {@code title}
     * (the question's text when left empty). The pin names the survey and the question; the lägesbild shows the
     * results only while they are published. Problems are on {@code question}, {@code year} and {@code title}; 403
     * for someone who may not change that lägesbild.
     */
    public List<Problem> pin(SurveyId id, String question, String year, String title, StaffMember staff) {
        Survey survey = management.survey(id, staff);
        Organisation municipality = lagesbilder.municipality(survey.municipality().value())
                .orElseThrow(() -> new NotFound("municipality of survey " + id));
        lagesbilder.requireEditor(staff, municipality);
        List<Problem> problems = new ArrayList<>();
        Optional<Question> chosen = survey.questions().stream().filter(q -> q.kind().hasOptions())
                .filter(q -> q.id().toString().equals(question == null ? "" : question.strip())).findFirst();
        if (chosen.isEmpty()) {
            problems.add(Problem.of("question", "surveys.pin.error.question"));
        }
        Integer lagesbildYear = year(year);
        if (lagesbildYear == null) {
            problems.add(Problem.of("year", "surveys.pin.error.year", Integer.toString(Lagesbilder.FIRST_YEAR),
                    Integer.toString(Lagesbilder.LAST_YEAR)));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String named = title == null || title.isBlank() ? chosen.get().textSv() : title;
        return lagesbilder.pinRenderedElsewhere(municipality, lagesbildYear, PinKind.SURVEY_RESULT, named,
                Map.of(PIN_SURVEY, id.toString(), PIN_QUESTION, chosen.get().id().toString()), staff);
    }

    private static Integer year(String text) {
        Integer year = Typed.integer(text);
        return year == null || year < Lagesbilder.FIRST_YEAR || year > Lagesbilder.LAST_YEAR ? null : year;
    }

    /**
     * Publishes the results (or takes them down); a draft has none. Pages that link to them (the promise page) hear
     * {@link SurveyResultsChanged} inside the transaction.
     */
    @Transactional
    public void publish(SurveyId id, boolean published, StaffMember staff) {
        surveys.lock(id);
        Survey survey = management.survey(id, staff);
        if (survey.draft()) {
            throw new SurveyRefusal("surveys.error.draftResults");
        }
        surveys.publishResults(id, published);
        auditTrail.record(new AuditEvent(staff.username(), Set.of(survey.municipality()), "survey", id.toString(),
                published ? "results_published" : "results_withdrawn", null, null));
        events.publishEvent(new SurveyResultsChanged(survey.municipality()));
    }

    private SurveyResult results(Survey survey) {
        List<District> districts = SurveyAnswers.districts(places, survey);
        Integer previousYear = null;
        Map<String, Double> previous = Map.of();
        var before = surveys.answeredIn(survey.municipality(), survey.year() - 1);
        if (before.isPresent()) {
            previousYear = survey.year() - 1;
            var id = new SurveyId(before.get().id());
            previous = ResultCounting.overallShares(ResultCounting.count(surveys.questions(id), List.of(),
                    answers.responses(id), answers.chosen(id), Map.of(), settings.minimumCell()));
        }
        Map<Long, Long> responses = answers.responses(survey.id());
        List<ResultCounting.Chosen> chosen = new java.util.ArrayList<>(answers.chosen(survey.id()));
        chosen.addAll(ResultCounting.placed(answers.placed(survey.id()), districts));
        return new SurveyResult(survey, districts, ResultCounting.count(survey.questions(), districts, responses,
                chosen, previous, settings.minimumCell()), previousYear, responses.size(), settings.minimumCell(),
                reviews.quotes(survey));
    }

    private Survey survey(SurveyRows.SurveyRow row, Organisation municipality) {
        var id = new SurveyId(row.id());
        return new Survey(id, municipality.id(), municipality.name(), row.surveyYear(), row.titleSv(), row.titleEn(),
                SurveyState.valueOf(row.state()), row.templateUnchecked(), row.openToken(), row.resultsPublished(),
                false, surveys.questions(id));
    }
}
