package se.lofte.surveys;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.shared.NotFound;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The review of a survey's free-text answers, which are never public as written: staff read them (those that may
 * name a person or give a phone number first), mark them read, and may choose one as a quote for the public results,
 * shortened or stripped of details as they see fit. The answer is kept as the resident wrote it; the quote is refused
 * when it holds a personal identity number. Every step is in the audit trail, with the quote but never the answer.
 */
@Service
public class FreeTextReview {

    /** A quote is at most as long as the answer it is taken from may be. */
    public static final int QUOTE_MAX = SurveyAnswers.TEXT_MAX;

    private final SurveyManagement management;
    private final SurveyRows surveys;
    private final ReviewRows rows;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FreeTextReview(SurveyManagement management, SurveyRows surveys, ReviewRows rows, AuditTrail auditTrail,
                   ApplicationEventPublisher events, Clock clock) {
        this.management = management;
        this.surveys = surveys;
        this.rows = rows;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** The survey's free-text answers, flagged first, then unread, then by question. */
    public List<FreeTextAnswer> queue(SurveyId id, StaffMember staff) {
        Survey survey = management.survey(id, staff);
        Map<Long, Question> questions = questions(survey);
        return rows.texts(id).stream().map(r -> answer(r, questions)).toList();
    }

    /** Marks the answer read, with no quote chosen from it (a quote chosen before is taken back). */
    @Transactional
    public void reviewed(SurveyId id, long response, QuestionId question, StaffMember staff) {
        // Reviews of one survey take turns: two at the same moment would both insert the answer's review row.
        surveys.lock(id);
        Survey survey = management.survey(id, staff);
        ReviewRows.TextRow before = text(id, response, question);
        rows.review(response, question, staff.username(), OffsetDateTime.now(clock), null);
        audit(survey, before.quote() == null ? "text_reviewed" : "quote_removed", before.quote(), null, staff);
        if (before.quote() != null) {
            changed(survey);
        }
    }

    /**
     * Chooses the answer as a quote for the public results, in the words given (the answer's own, or staff's edit
     * of them), and marks it read. Problems are on {@code quote}: empty, too long, or a personal identity number.
     */
    @Transactional
    public List<Problem> quote(SurveyId id, long response, QuestionId question, String text, StaffMember staff) {
        surveys.lock(id);
        Survey survey = management.survey(id, staff);
        ReviewRows.TextRow before = text(id, response, question);
        String quote = Typed.text(text);
        if (quote.isEmpty()) {
            return List.of(Problem.of("quote", "surveys.review.error.empty"));
        }
        if (quote.length() > QUOTE_MAX) {
            return List.of(Problem.of("quote", "surveys.review.error.long", Integer.toString(QUOTE_MAX)));
        }
        List<String> numbers = PersonalIdentityNumbers.findIn(quote);
        if (!numbers.isEmpty()) {
            return List.of(Problem.of("quote", "surveys.review.error.personalNumber", String.join(", ", numbers)));
        }
        rows.review(response, question, staff.username(), OffsetDateTime.now(clock), quote);
        audit(survey, "quote_chosen", before.quote(), quote, staff);
        changed(survey);
        return List.of();
    }

    private ReviewRows.TextRow text(SurveyId id, long response, QuestionId question) {
        return rows.text(id, response, question)
                .orElseThrow(() -> new NotFound("free text " + response + " of question " + question));
    }

    /** The public results show the quotes: pages that hold them hear of a change once they are published. */
    private void changed(Survey survey) {
        if (survey.resultsPublished()) {
            events.publishEvent(new SurveyResultsChanged(survey.municipality()));
        }
    }

    private record Quoted(String quote) {
    }

    private void audit(Survey survey, String action, String before, String after, StaffMember staff) {
        auditTrail.record(new AuditEvent(staff.username(), Set.of(survey.municipality()), "survey",
                survey.id().toString(), action, before == null ? null : AuditEvent.json(new Quoted(before)),
                after == null ? null : AuditEvent.json(new Quoted(after))));
    }

    private static Map<Long, Question> questions(Survey survey) {
        return survey.questions().stream().collect(Collectors.toMap(q -> q.id().value(), Function.identity()));
    }

    private static FreeTextAnswer answer(ReviewRows.TextRow row, Map<Long, Question> questions) {
        return new FreeTextAnswer(row.responseId(), questions.get(row.questionId()), row.freeText(), row.flagged(),
                row.reviewedBy() != null, row.quote());
    }
}
