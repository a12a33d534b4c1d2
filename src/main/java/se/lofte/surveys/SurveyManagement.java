package se.lofte.surveys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Typed;

/**
 * Building a survey: staff of the municipality (or of a local police area covering it) create it, empty or from
 * {@link SurveyTemplate}, add, change, reorder and remove questions while it is a draft, and open it. Once open its
 * questions are frozen, since answers are counted against them. Every change is in the audit trail.
 */
@Service
public class SurveyManagement {

    private static final String AUDIT_SUBJECT = "survey";
    /** Letters are printed and posted; more than this at once is a typing error. */
    static final int LETTERS_MAX = 20_000;

    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    private final SurveyRows rows;
    private final CodeRows codes;
    private final SurveyAccess access;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SurveyManagement(SurveyRows rows, CodeRows codes, SurveyAccess access, Organisations organisations, AuditTrail auditTrail,
                     Clock clock) {
        this.rows = rows;
        this.codes = codes;
        this.access = access;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The municipalities the person may run surveys for, by name. */
    public List<Organisation> municipalities(StaffMember staff) {
        return organisations.findAll(access.municipalities(staff)).stream()
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }

    /** The surveys of the person's municipalities, newest year first. */
    public List<Survey> surveys(StaffMember staff) {
        Set<OrganisationId> municipalities = access.municipalities(staff);
        Map<OrganisationId, String> names = names(municipalities);
        return rows.rows(municipalities).stream().map(row -> survey(row, names.get(municipality(row)), List.of()))
                .toList();
    }

    /** The survey with its questions, for someone who may run it. */
    public Survey survey(SurveyId id, StaffMember staff) {
        var row = rows.row(id).orElseThrow(() -> new NotFound("survey " + id));
        if (!access.mayManage(staff, municipality(row))) {
            throw new NotAllowed("surveys of another municipality");
        }
        return survey(row, name(municipality(row)), rows.questions(id));
    }

    /**
     * A new draft for the municipality and year; with {@code fromTemplate} it holds the template's questions and
     * stays unchecked until someone says they read them. Problems are on {@code organisation} (the municipality), {@code year},
     * {@code titleSv} and {@code titleEn}.
     */
    @Transactional
    public Saved<SurveyId> create(OrganisationId municipality, String year, String titleSv, String titleEn,
                                  boolean fromTemplate, StaffMember staff) {
        if (municipality != null && !access.mayManage(staff, municipality)) {
            // The form offers only the person's own municipalities: another one is not a typing error.
            throw new NotAllowed("surveys of another municipality");
        }
        List<Problem> problems = new java.util.ArrayList<>(SurveyRules.checkSurvey(year, titleSv, titleEn));
        if (municipality == null) {
            problems.addFirst(Problem.of("organisation", "surveys.error.municipality"));
        }
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        var id = rows.insert(municipality, Integer.parseInt(Typed.text(year)), Typed.text(titleSv),
                Typed.text(titleEn), fromTemplate, TOKENS.encodeToString(token), staff.username(),
                OffsetDateTime.now(clock));
        if (fromTemplate) {
            SurveyTemplate.questions().forEach(q -> rows.addQuestion(id, q.kind(), q.key(), q.textSv(), q.textEn(),
                    q.options()));
        }
        audit(id, municipality, "created", null, rows.row(id).orElseThrow(), staff);
        return Saved.ok(id);
    }

    @Transactional
    public Saved<QuestionId> addQuestion(SurveyId id, QuestionInput input, StaffMember staff) {
        Survey survey = draft(id, staff);
        List<Problem> problems = SurveyRules.checkQuestion(input);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        var question = rows.addQuestion(id, input.parsedKind(), null, input.textSv(), input.textEn(), input.options());
        audit(id, survey.municipality(), "question_added", null, stored(id, question), staff);
        return Saved.ok(question);
    }

    /** Changes a question's kind, text and options; a template question keeps its key, so years still compare. */
    @Transactional
    public Saved<QuestionId> updateQuestion(SurveyId id, QuestionId questionId, QuestionInput input,
                                            StaffMember staff) {
        Survey survey = draft(id, staff);
        Question before = question(survey, questionId);
        List<Problem> problems = SurveyRules.checkQuestion(input);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        rows.updateQuestion(questionId, input.parsedKind(), input.textSv(), input.textEn(), input.options());
        audit(id, survey.municipality(), "question_changed", before, stored(id, questionId), staff);
        return Saved.ok(questionId);
    }

    /** Moves a question one place up ({@code up}) or down; at the top or bottom already it stays. */
    @Transactional
    public void moveQuestion(SurveyId id, QuestionId questionId, boolean up, StaffMember staff) {
        Survey survey = draft(id, staff);
        Question question = question(survey, questionId);
        int index = survey.questions().indexOf(question) + (up ? -1 : 1);
        if (index < 0 || index >= survey.questions().size()) {
            return;
        }
        rows.swap(question, survey.questions().get(index));
        audit(id, survey.municipality(), "question_moved", question, stored(id, questionId), staff);
    }

    @Transactional
    public void removeQuestion(SurveyId id, QuestionId questionId, StaffMember staff) {
        Survey survey = draft(id, staff);
        Question question = question(survey, questionId);
        rows.removeQuestion(id, question);
        audit(id, survey.municipality(), "question_removed", question, null, staff);
    }

    /** Records that a person read the template's questions and found them right for this municipality. */
    @Transactional
    public void confirmTemplate(SurveyId id, StaffMember staff) {
        Survey survey = draft(id, staff);
        var before = rows.row(id).orElseThrow();
        rows.templateChecked(id);
        audit(id, survey.municipality(), "template_checked", before, rows.row(id).orElseThrow(), staff);
    }

    /** Opens the survey for answers and freezes its questions; it needs a question and a checked template. */
    @Transactional
    public void open(SurveyId id, StaffMember staff) {
        Survey survey = draft(id, staff);
        if (survey.questions().isEmpty()) {
            throw new SurveyRefusal("surveys.error.noQuestions");
        }
        if (survey.templateUnchecked()) {
            throw new SurveyRefusal("surveys.error.templateUnchecked");
        }
        var before = rows.row(id).orElseThrow();
        rows.open(id);
        audit(id, survey.municipality(), "opened", before, rows.row(id).orElseThrow(), staff);
    }

    /** Closes an open survey: it takes no more answers. */
    @Transactional
    public void close(SurveyId id, StaffMember staff) {
        rows.lock(id);
        Survey survey = survey(id, staff);
        if (survey.state() != SurveyState.OPEN) {
            throw new SurveyRefusal("surveys.error.notOpen");
        }
        var before = rows.row(id).orElseThrow();
        rows.close(id);
        audit(id, survey.municipality(), "closed", before, rows.row(id).orElseThrow(), staff);
    }

    /**
     * Makes one letter with a fresh one-time code for each of {@code count} households of a random sample; from
     * then on the survey answers only to codes. Refused for a closed survey; problems are on {@code letters}.
     */
    @Transactional
    public Saved<Integer> makeLetters(SurveyId id, String count, StaffMember staff) {
        rows.lock(id);
        Survey survey = survey(id, staff);
        if (survey.state() == SurveyState.CLOSED) {
            throw new SurveyRefusal("surveys.error.closed");
        }
        String typed = Typed.text(count);
        if (!typed.matches("\\d{1,5}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > LETTERS_MAX) {
            return Saved.refused(List.of(Problem.of("letters", "surveys.error.letters", Integer.toString(LETTERS_MAX))));
        }
        int batch = codes.nextBatch(id);
        codes.insert(id, batch, List.copyOf(OneTimeCodes.make(Integer.parseInt(typed), random)));
        audit(id, survey.municipality(), "letters_made", null, new LettersMade(batch, Integer.parseInt(typed)), staff);
        return Saved.ok(batch);
    }

    /** The letters made for the survey, batch by batch, with how many have answered. */
    public List<LetterBatch> letters(SurveyId id, StaffMember staff) {
        survey(id, staff);
        return codes.batches(id);
    }

    /** The codes of one batch of letters, to print them (again). */
    public List<String> codes(SurveyId id, int batch, StaffMember staff) {
        survey(id, staff);
        List<String> batchCodes = codes.codes(id, batch);
        if (batchCodes.isEmpty()) {
            throw new NotFound("letters " + batch + " of survey " + id);
        }
        return batchCodes;
    }

    /** What the audit trail keeps of letters: how many, never the codes, which would let it link an answer. */
    private record LettersMade(int batch, int letters) {
    }

    /** The survey, locked, when it is a draft the person may change. */
    private Survey draft(SurveyId id, StaffMember staff) {
        rows.lock(id);
        Survey survey = survey(id, staff);
        if (!survey.draft()) {
            throw new SurveyRefusal("surveys.error.frozen");
        }
        return survey;
    }

    private static Question question(Survey survey, QuestionId id) {
        return survey.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("question " + id));
    }

    private Question stored(SurveyId id, QuestionId question) {
        return rows.questions(id).stream().filter(q -> q.id().equals(question)).findFirst().orElseThrow();
    }

    private void audit(SurveyId id, OrganisationId municipality, String action, Object before, Object after,
                       StaffMember staff) {
        auditTrail.record(new AuditEvent(staff.username(), Set.of(municipality), AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditEvent.json(before), after == null ? null : AuditEvent.json(after)));
    }

    private Map<OrganisationId, String> names(Set<OrganisationId> ids) {
        Map<OrganisationId, String> names = new java.util.HashMap<>();
        organisations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private String name(OrganisationId id) {
        return organisations.find(id).map(Organisation::name).orElse("");
    }

    static OrganisationId municipality(SurveyRows.SurveyRow row) {
        return new OrganisationId(row.municipalityId());
    }

    private Survey survey(SurveyRows.SurveyRow row, String municipalityName, List<Question> questions) {
        var id = new SurveyId(row.id());
        return new Survey(id, municipality(row), municipalityName, row.surveyYear(), row.titleSv(), row.titleEn(),
                SurveyState.valueOf(row.state()), row.templateUnchecked(), row.openToken(), row.resultsPublished(),
                codes.any(id), questions);
    }
}
