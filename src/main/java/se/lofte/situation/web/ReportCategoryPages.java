package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.reports.PlaceReports;

/**
 * The report checklist of an organisation: the common EST set, which nobody changes, and the
 * organisation's own categories, which its administrators add and remove here.
 */
@Controller
class ReportCategoryPages {

    private static final String NOT_YOURS = "Not a report of the signed-in person";

    private final PlaceReports reports;

    ReportCategoryPages(PlaceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/manage/situation/reports/categories")
    String list(@RequestParam(required = false) Long organisation, StaffMember staff, Model model) {
        return page(staff, organisation, "", FieldErrors.none(), model);
    }

    @PostMapping("/manage/situation/reports/categories")
    String add(@RequestParam long organisation, @RequestParam(defaultValue = "") String name,
               @ModelAttribute("ui") Ui ui, StaffMember admin, Model model, RedirectAttributes redirect) {
        Optional<Problem> problem = reports.addCategory(admin, new OrganisationId(organisation), name);
        if (problem.isPresent()) {
            return page(admin, organisation, name, FieldErrors.of(List.of(problem.get()), ui), model);
        }
        redirect.addFlashAttribute("notice", "reports.categoryAdded");
        return "redirect:/manage/situation/reports/categories?organisation=" + organisation;
    }

    @PostMapping("/manage/situation/reports/categories/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long organisation, StaffMember staff, RedirectAttributes redirect) {
        reports.removeCategory(staff, id);
        redirect.addFlashAttribute("notice", "reports.categoryRemoved");
        return "redirect:/manage/situation/reports/categories?organisation=" + organisation;
    }

    private String page(StaffMember admin, Long organisation, String name, FieldErrors errors, Model model) {
        List<Organisation> administered = reports.categoryOrganisations(admin);
        if (administered.isEmpty()) {
            throw new NotAllowed(NOT_YOURS);
        }
        Organisation chosen = administered.stream()
                .filter(o -> organisation == null || o.id().value() == organisation).findFirst()
                .orElseThrow(() -> new NotAllowed(NOT_YOURS));
        model.addAttribute("administered", administered);
        model.addAttribute("chosen", chosen);
        model.addAttribute("categories", reports.categories(chosen.id()));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "situation/reports/categories";
    }
}
