package se.lofte.surveys.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.surveys.FreeTextReview;
import se.lofte.surveys.QuestionId;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;

/**
 * The review queue of a survey's free-text answers for staff: flagged answers first, each marked read or chosen as
 * a quote for the public results. An answer is named in the address by its response and question
 * ({@code 12-34}).
 */
@Controller
class FreeTextPages {

    private static final String PATH = SurveyPages.PATH + "/{id}/free-text";

    private final FreeTextReview review;
    private final SurveyManagement surveys;

    FreeTextPages(FreeTextReview review, SurveyManagement surveys) {
        this.review = review;
        this.surveys = surveys;
    }

    @GetMapping(PATH)
    String queue(@PathVariable SurveyId id, StaffMember staff, Model model) {
        return page(id, FieldErrors.none(), null, null, staff, model);
    }

    @PostMapping(PATH + "/{answer}/reviewed")
    String reviewed(@PathVariable SurveyId id, @PathVariable String answer, StaffMember staff,
                    RedirectAttributes redirect) {
        Key key = Key.of(answer);
        review.reviewed(id, key.response(), key.question(), staff);
        redirect.addFlashAttribute("notice", "surveys.review.notice.reviewed");
        return "redirect:" + SurveyPages.PATH + "/" + id + "/free-text";
    }

    @PostMapping(PATH + "/{answer}/quote")
    String quote(@PathVariable SurveyId id, @PathVariable String answer, @RequestParam(defaultValue = "") String quote,
                 @ModelAttribute("ui") Ui ui, StaffMember staff, Model model, RedirectAttributes redirect) {
        Key key = Key.of(answer);
        List<Problem> problems = review.quote(id, key.response(), key.question(), quote, staff);
        if (!problems.isEmpty()) {
            // Each answer has its own quote field: the message goes to this one's.
            List<Problem> placed = problems.stream()
                    .map(p -> new Problem("quote-" + answer, p.code(), p.args())).toList();
            return page(id, FieldErrors.of(placed, ui), answer, quote, staff, model);
        }
        redirect.addFlashAttribute("notice", "surveys.review.notice.quoted");
        return "redirect:" + SurveyPages.PATH + "/" + id + "/free-text";
    }

    private String page(SurveyId id, FieldErrors errors, String refusedKey, String refusedQuote, StaffMember staff,
                        Model model) {
        model.addAttribute("survey", surveys.survey(id, staff));
        model.addAttribute("answers", review.queue(id, staff));
        model.addAttribute("errors", errors);
        model.addAttribute("refusedKey", refusedKey);
        model.addAttribute("refusedQuote", refusedQuote);
        return "surveys/freeText";
    }

    /** An answer's name in the address: its response and its question. */
    private record Key(long response, QuestionId question) {

        static Key of(String text) {
            if (!text.matches("\\d{1,18}-\\d{1,18}")) {
                throw new NotFound("free text " + text);
            }
            String[] parts = text.split("-");
            return new Key(Long.parseLong(parts[0]), new QuestionId(Long.parseLong(parts[1])));
        }
    }
}
