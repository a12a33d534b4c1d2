package se.lofte.surveys.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Ui;
import se.lofte.surveys.ExternalImported;
import se.lofte.surveys.ExternalResults;
import se.lofte.surveys.ExternalUpload;
import se.lofte.surveys.FileProblem;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveySettings;

/**
 * Other surveys' results for staff: the list of their municipalities' imports with the upload form, one import's
 * tables as they will be shown, and its removal.
 */
@Controller
class ExternalResultPages {

    static final String PATH = SurveyPages.PATH + "/external";
    /** The example file, a static resource: it holds no one's data. */
    static final String EXAMPLE = "/surveys/externa-resultat-exempel.csv";

    private final ExternalResults external;
    private final SurveyManagement surveys;
    private final SurveySettings settings;

    ExternalResultPages(ExternalResults external, SurveyManagement surveys, SurveySettings settings) {
        this.external = external;
        this.surveys = surveys;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String list(StaffMember staff, Model model) {
        return listPage(staff, new ExternalUploadForm(null, "", "", false), FieldErrors.none(), List.of(), model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "organisation", required = false) OrganisationId municipality,
                  @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String year,
                  @RequestParam(defaultValue = "false") boolean replace,
                  @RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui,
                  StaffMember staff, Model model, RedirectAttributes redirect) {
        byte[] bytes;
        try {
            bytes = file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExternalImported imported = external.importFile(new ExternalUpload(municipality, source, year,
                file == null ? null : file.getOriginalFilename(), bytes, replace), staff);
        if (!imported.saved()) {
            return listPage(staff, new ExternalUploadForm(municipality, source, year, replace),
                    FieldErrors.of(imported.problems(), ui), imported.fileProblems(), model);
        }
        redirect.addFlashAttribute("notice", "surveys.external.notice.imported");
        return "redirect:" + PATH + "/" + imported.id();
    }

    @GetMapping(PATH + "/{id}")
    String imported(@PathVariable long id, StaffMember staff, Model model) {
        model.addAttribute("imported", external.imported(id, staff));
        model.addAttribute("result", external.result(id, staff));
        model.addAttribute("minimumCell", settings.minimumCell());
        return "surveys/external";
    }

    @PostMapping(PATH + "/{id}/remove")
    String remove(@PathVariable long id, StaffMember staff, RedirectAttributes redirect) {
        external.remove(id, staff);
        redirect.addFlashAttribute("notice", "surveys.external.notice.removed");
        return "redirect:" + PATH;
    }

    private String listPage(StaffMember staff, ExternalUploadForm form, FieldErrors errors, List<FileProblem> fileProblems,
                            Model model) {
        model.addAttribute("imports", external.imports(staff));
        model.addAttribute("municipalities", surveys.municipalities(staff));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fileProblems", fileProblems);
        model.addAttribute("keys", ExternalResults.questionKeys());
        model.addAttribute("example", EXAMPLE);
        return "surveys/externalList";
    }
}
