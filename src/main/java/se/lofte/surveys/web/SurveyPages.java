package se.lofte.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Saved;
import se.lofte.shared.Ui;
import se.lofte.surveys.QuestionId;
import se.lofte.surveys.QuestionInput;
import se.lofte.surveys.QuestionKind;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyRefusal;

/**
 * The survey builder for staff: the list of their municipalities' surveys with a form for a new one, and a
 * survey's page where its questions are added, changed, moved and removed while it is a draft, then opened.
 */
@Controller
class SurveyPages {

    static final String PATH = "/manage/surveys";

    private final SurveyManagement surveys;
    private final LetterPdf letterPdf;
    private final MessageSource messages;
    private final String baseUrl;

    SurveyPages(SurveyManagement surveys, LetterPdf letterPdf, MessageSource messages, LofteProperties properties) {
        this.surveys = surveys;
        this.letterPdf = letterPdf;
        this.messages = messages;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @GetMapping(PATH)
    String list(StaffMember staff, Model model) {
        return listPage(staff, new NewSurveyForm(null, "", "", "", true), FieldErrors.none(), model);
    }

    @PostMapping(PATH)
    String create(@RequestParam(name = "organisation", required = false) OrganisationId municipality,
                  @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String titleSv,
                  @RequestParam(defaultValue = "") String titleEn,
                  @RequestParam(defaultValue = "false") boolean fromTemplate, @ModelAttribute("ui") Ui ui,
                  StaffMember staff, Model model) {
        Saved<SurveyId> saved = surveys.create(municipality, year, titleSv, titleEn, fromTemplate, staff);
        if (!saved.problems().isEmpty()) {
            return listPage(staff, new NewSurveyForm(municipality, year, titleSv, titleEn, fromTemplate),
                    FieldErrors.of(saved.problems(), ui), model);
        }
        return "redirect:" + PATH + "/" + saved.id();
    }

    @GetMapping(PATH + "/{id}")
    String survey(@PathVariable SurveyId id, StaffMember staff, Model model) {
        return surveyPage(id, QuestionInput.of(QuestionKind.SINGLE_CHOICE), FieldErrors.none(), staff, model);
    }

    @PostMapping(PATH + "/{id}/questions")
    String addQuestion(@PathVariable SurveyId id, @ModelAttribute QuestionInput input, @ModelAttribute("ui") Ui ui,
                       StaffMember staff, Model model, RedirectAttributes redirect) {
        try {
            Saved<QuestionId> saved = surveys.addQuestion(id, input, staff);
            if (!saved.problems().isEmpty()) {
                return surveyPage(id, input, FieldErrors.of(saved.problems(), ui), staff, model);
            }
            redirect.addFlashAttribute("notice", "surveys.notice.questionAdded");
        } catch (SurveyRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping(PATH + "/{id}/questions/{question}")
    String question(@PathVariable SurveyId id, @PathVariable QuestionId question, StaffMember staff, Model model) {
        var survey = surveys.survey(id, staff);
        var stored = survey.questions().stream().filter(q -> q.id().equals(question)).findFirst()
                .orElseThrow(() -> new se.lofte.shared.NotFound("question " + question));
        return questionPage(survey, question, QuestionInput.of(stored), FieldErrors.none(), model);
    }

    @PostMapping(PATH + "/{id}/questions/{question}")
    String updateQuestion(@PathVariable SurveyId id, @PathVariable QuestionId question,
                          @ModelAttribute QuestionInput input, @ModelAttribute("ui") Ui ui, StaffMember staff,
                          Model model, RedirectAttributes redirect) {
        try {
            Saved<QuestionId> saved = surveys.updateQuestion(id, question, input, staff);
            if (!saved.problems().isEmpty()) {
                return questionPage(surveys.survey(id, staff), question, input, FieldErrors.of(saved.problems(), ui),
                        model);
            }
            redirect.addFlashAttribute("notice", "surveys.notice.questionSaved");
        } catch (SurveyRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/questions/{question}/move")
    String move(@PathVariable SurveyId id, @PathVariable QuestionId question,
                @RequestParam(defaultValue = "up") String direction, StaffMember staff, RedirectAttributes redirect) {
        return step(id, redirect, () -> surveys.moveQuestion(id, question, !"down".equals(direction), staff),
                "surveys.notice.questionMoved");
    }

    @PostMapping(PATH + "/{id}/questions/{question}/remove")
    String remove(@PathVariable SurveyId id, @PathVariable QuestionId question, StaffMember staff,
                  RedirectAttributes redirect) {
        return step(id, redirect, () -> surveys.removeQuestion(id, question, staff), "surveys.notice.questionRemoved");
    }

    @PostMapping(PATH + "/{id}/checked")
    String checked(@PathVariable SurveyId id, StaffMember staff, RedirectAttributes redirect) {
        return step(id, redirect, () -> surveys.confirmTemplate(id, staff), "surveys.notice.checked");
    }

    @PostMapping(PATH + "/{id}/open")
    String open(@PathVariable SurveyId id, StaffMember staff, RedirectAttributes redirect) {
        return step(id, redirect, () -> surveys.open(id, staff), "surveys.notice.opened");
    }

    @PostMapping(PATH + "/{id}/close")
    String close(@PathVariable SurveyId id, StaffMember staff, RedirectAttributes redirect) {
        return step(id, redirect, () -> surveys.close(id, staff), "surveys.notice.closed");
    }

    @PostMapping(PATH + "/{id}/letters")
    String makeLetters(@PathVariable SurveyId id, @RequestParam(defaultValue = "") String letters,
                       @ModelAttribute("ui") Ui ui, StaffMember staff, Model model, RedirectAttributes redirect) {
        try {
            Saved<Integer> saved = surveys.makeLetters(id, letters, staff);
            if (!saved.problems().isEmpty()) {
                model.addAttribute("letterErrors", FieldErrors.of(saved.problems(), ui));
                model.addAttribute("letters", letters);
                return surveyPage(id, QuestionInput.of(QuestionKind.SINGLE_CHOICE), FieldErrors.none(), staff, model);
            }
            redirect.addFlashAttribute("notice", "surveys.notice.lettersMade");
        } catch (SurveyRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + PATH + "/" + id + "#letters-heading";
    }

    /** The letters of one batch as a PDF to print, in Swedish with a line in English, whatever the page's language. */
    @GetMapping(PATH + "/{id}/letters/{batch}.pdf")
    ResponseEntity<byte[]> letters(@PathVariable SurveyId id, @PathVariable int batch, @ModelAttribute("ui") Ui ui,
                                   StaffMember staff) {
        var survey = surveys.survey(id, staff);
        var codes = surveys.codes(id, batch, staff);
        var swedish = new Ui(Locale.of("sv"), messages, ui.path(), ui::csrfParameter, ui::csrfToken, ui.userName(),
                ui::asset);
        String link = baseUrl + "/enkat/" + survey.openToken();
        byte[] pdf = letterPdf.render(Map.of("ui", swedish, "survey", survey, "codes", codes, "link", link), baseUrl);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("brev-" + survey.year() + "-" + batch + ".pdf").build().toString())
                .body(pdf);
    }

    /** A step without a form: done with a notice, or refused with the reason, on the survey's page. */
    private static String step(SurveyId id, RedirectAttributes redirect, Runnable step, String notice) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (SurveyRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + PATH + "/" + id;
    }

    private String listPage(StaffMember staff, NewSurveyForm form, FieldErrors errors, Model model) {
        model.addAttribute("surveys", surveys.surveys(staff));
        model.addAttribute("municipalities", surveys.municipalities(staff));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "surveys/list";
    }

    private String surveyPage(SurveyId id, QuestionInput adding, FieldErrors errors, StaffMember staff, Model model) {
        model.addAttribute("survey", surveys.survey(id, staff));
        model.addAttribute("adding", adding);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(QuestionKind.values()));
        model.addAttribute("batches", surveys.letters(id, staff));
        return "surveys/survey";
    }

    private String questionPage(se.lofte.surveys.Survey survey, QuestionId question, QuestionInput input,
                                FieldErrors errors, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("question", question);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(QuestionKind.values()));
        return "surveys/question";
    }
}
