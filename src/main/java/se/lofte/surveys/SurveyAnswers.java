package se.lofte.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.organisations.OrganisationId;
import se.lofte.places.Area;
import se.lofte.places.AreaKind;
import se.lofte.places.MapBounds;
import se.lofte.places.MunicipalityAreas;
import se.lofte.places.Places;
import se.lofte.shared.Dates;
import se.lofte.shared.NotFound;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.PersonalMentions;
import se.lofte.shared.Problem;

/**
 * Residents answering a survey at its link, without signing in. An answer is anonymous: it keeps the day it came
 * (never the time), no address and no code; the code's use is kept apart and points to no answer. Free text with a
 * personal identity number is refused (the resident sees what was found and keeps everything typed); free text
 * that may name a person or give a phone number is stored flagged, for a reviewer ({@link FreeTextReview}). A pin on
 * the map is stored as the district that holds it and its {@link GridCell}, never as given; one outside the
 * municipality's outline is refused (without an outline it cannot be checked and is taken).
 */
@Service
public class SurveyAnswers {

    /** Long enough for a thought on what would make the area safer, short enough to read. */
    public static final int TEXT_MAX = 2000;
    static final String DONT_KNOW = "vet-ej";

    private final SurveyRows surveys;
    private final CodeRows codes;
    private final AnswerRows answers;
    private final Places places;
    private final AnswerLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurveyAnswers(SurveyRows surveys, CodeRows codes, AnswerRows answers, Places places, AnswerLimits limits,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.limits = limits;
        this.surveys = surveys;
        this.codes = codes;
        this.answers = answers;
        this.places = places;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The survey behind a link; a draft is not there yet for residents. */
    public AnsweredSurvey survey(String token) {
        var row = surveys.rowByToken(token).filter(r -> !SurveyState.DRAFT.name().equals(r.state()))
                .orElseThrow(() -> new NotFound("survey link"));
        var id = new SurveyId(row.id());
        var municipality = SurveyManagement.municipality(row);
        var survey = new Survey(id, municipality, "", row.surveyYear(), row.titleSv(), row.titleEn(),
                SurveyState.valueOf(row.state()), row.templateUnchecked(), row.openToken(), row.resultsPublished(),
                codes.any(id), surveys.questions(id));
        boolean pinned = survey.questions().stream().anyMatch(q -> q.kind() == QuestionKind.MAP_POINT);
        MapBounds box = !pinned ? null : places.municipalityAreas(survey.municipality()).bounds().orElse(null);
        return new AnsweredSurvey(survey, districts(places, survey), box);
    }

    /**
     * Stores answers that come from no client to count (made by the system, such as the demo's), or returns the
     * problems that kept them from being stored (nothing stored then).
     */
    public List<Problem> submit(String token, AnswerForm form) {
        return submit(token, form, null);
    }

    /**
     * Stores the answers of a resident at {@code client} (as {@link se.lofte.shared.ClientAddress} gives it), or
     * returns the problems that kept them from being stored. Through the open link a client may answer a survey
     * {@code lofte.surveys.answers-per-client-per-hour} times an hour; the limit is taken only from answers that
     * passed their checks, so that correcting a refused form costs nothing.
     */
    public List<Problem> submit(String token, AnswerForm form, String client) {
        AnsweredSurvey answered = survey(token);
        Survey survey = answered.survey();
        if (survey.state() != SurveyState.OPEN) {
            return List.of(Problem.of("survey", "surveys.answer.closed"));
        }
        List<Problem> problems = new ArrayList<>();
        String code = null;
        if (survey.requiresCode()) {
            code = OneTimeCodes.read(form.code());
            CodeRows.State state = code == null ? CodeRows.State.UNKNOWN : codes.state(survey.id(), code);
            if (state == CodeRows.State.UNKNOWN) {
                problems.add(Problem.of("kod", "surveys.answer.codeUnknown"));
            } else if (state == CodeRows.State.USED) {
                problems.add(Problem.of("kod", "surveys.answer.codeUsed"));
            }
        }
        Set<Long> districtIds = new HashSet<>();
        answered.districts().forEach(d -> districtIds.add(d.id()));
        // The shapes are read only when a pin is to be placed in them.
        MunicipalityAreas map = null;
        Map<QuestionId, Pin> pins = new HashMap<>();
        boolean any = false;
        for (Question question : survey.questions()) {
            if (question.kind() == QuestionKind.MAP_POINT && form.point(question).given()) {
                if (map == null) {
                    map = places.municipalityAreas(survey.municipality());
                }
                Pin pin = pin(form.point(question), map);
                if (pin.problem() != null) {
                    problems.add(Problem.of("q" + question.id(), pin.problem()));
                } else {
                    pins.put(question.id(), pin);
                }
            } else {
                problems.addAll(check(question, form, districtIds));
            }
            any |= form.answered(question);
        }
        if (!any) {
            problems.add(Problem.of("survey", "surveys.answer.empty"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!survey.requiresCode() && !limits.take(survey.id(), client)) {
            return List.of(Problem.of("survey", "surveys.answer.tooMany"));
        }
        String usedCode = code;
        try {
            transactions.executeWithoutResult(status -> store(survey, form, pins, usedCode));
        } catch (DuplicateKeyException sameMoment) {
            // Another answer with the same code came in between the check above and this one.
            return List.of(Problem.of("kod", "surveys.answer.codeUsed"));
        }
        return List.of();
    }

    /**
     * A pin put on the map: the district that holds it and its grid cell, or why it cannot be taken (a problem's
     * message key).
     */
    private record Pin(Long district, GridCell cell, String problem) {
    }

    private static Pin pin(AnswerForm.Point point, MunicipalityAreas map) {
        Double latitude = degrees(point.latitude(), 90);
        Double longitude = degrees(point.longitude(), 180);
        if (latitude == null || longitude == null) {
            return new Pin(null, null, "surveys.answer.point.invalid");
        }
        var location = map.locate(latitude, longitude);
        if (!location.accepted()) {
            return new Pin(null, null, "surveys.answer.point.outside");
        }
        // The district is told from the point as given; only the cell is stored of the point itself.
        return new Pin(location.districtId(), GridCell.of(latitude, longitude), null);
    }

    /** Degrees as typed or set by the map (a decimal comma too), within ±{@code limit}; null otherwise. */
    private static Double degrees(String typed, int limit) {
        String text = typed.replace(',', '.');
        if (!text.matches("-?\\d{1,3}(\\.\\d{1,15})?")) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Math.abs(value) <= limit ? value : null;
    }

    private void store(Survey survey, AnswerForm form, Map<QuestionId, Pin> pins, String code) {
        if (code != null) {
            codes.use(code);
        }
        Long district = survey.questions().stream().filter(q -> q.kind() == QuestionKind.PLACE)
                .map(form::single).filter(v -> !v.isEmpty()).findFirst().map(Long::valueOf).orElse(null);
        long response = answers.insertResponse(survey.id(), LocalDate.now(clock.withZone(Dates.SWEDEN)), district);
        for (Question question : survey.questions()) {
            Pin pin = pins.get(question.id());
            if (pin != null) {
                answers.insertPoint(response, question.id(), pin.district(), pin.cell());
                continue;
            }
            String value = form.single(question);
            if (value.isEmpty()) {
                continue;
            }
            switch (question.kind()) {
                case SINGLE_CHOICE, SCALE_4, SCALE_5 -> answers.insertOption(response, question.id(),
                        DONT_KNOW.equals(value) ? AnswerRows.DONT_KNOW : Integer.parseInt(value));
                case MULTIPLE_CHOICE -> form.of(question).stream().filter(v -> !v.isBlank()).distinct()
                        .forEach(v -> answers.insertOption(response, question.id(), Integer.parseInt(v)));
                case PLACE, MAP_POINT -> answers.insertPlace(response, question.id(), Long.parseLong(value));
                case FREE_TEXT -> answers.insertText(response, question.id(), value.strip(),
                        PersonalMentions.containsAny(value));
            }
        }
    }

    private static List<Problem> check(Question question, AnswerForm form, Set<Long> districts) {
        String field = "q" + question.id();
        String value = form.single(question);
        if (value.isEmpty()) {
            return List.of();
        }
        boolean valid = switch (question.kind()) {
            case SINGLE_CHOICE -> form.of(question).size() == 1 && option(value, question);
            case SCALE_4, SCALE_5 -> form.of(question).size() == 1 && (DONT_KNOW.equals(value) || option(value, question));
            case MULTIPLE_CHOICE -> form.of(question).stream().filter(v -> !v.isBlank()).allMatch(v -> option(v, question));
            case PLACE, MAP_POINT -> value.matches("\\d{1,18}") && districts.contains(Long.parseLong(value));
            case FREE_TEXT -> true;
        };
        if (!valid) {
            return List.of(Problem.of(field, "surveys.answer.invalid"));
        }
        if (question.kind() == QuestionKind.FREE_TEXT) {
            if (value.strip().length() > TEXT_MAX) {
                return List.of(Problem.of(field, "surveys.answer.long", Integer.toString(TEXT_MAX)));
            }
            List<String> numbers = PersonalIdentityNumbers.findIn(value);
            if (!numbers.isEmpty()) {
                return List.of(Problem.of(field, "surveys.answer.personalNumber", String.join(", ", numbers)));
            }
        }
        return List.of();
    }

    private static boolean option(String value, Question question) {
        return value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1
                && Integer.parseInt(value) <= question.options().size();
    }

    /**
     * The areas of the municipality one can live in: its districts and other areas, not the municipality's own
     * outline, by name.
     */
    static List<District> districts(Places places, Survey survey) {
        return districts(places, survey.municipality());
    }

    /** The municipality's areas a resident may say they live in (not its own outline), by name. */
    static List<District> districts(Places places, OrganisationId municipality) {
        return places.areas(Set.of(municipality)).stream().filter(a -> a.kind() != AreaKind.MUNICIPALITY)
                .sorted(Comparator.comparing(Area::name)).map(a -> new District(a.id(), a.name())).toList();
    }
}
