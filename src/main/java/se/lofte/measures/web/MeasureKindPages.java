package se.lofte.measures.web;

import java.util.ArrayList;
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
import se.lofte.measures.MeasureKinds;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/** The list of measure kinds, for system administrators: add, rename, reorder, retire, delete an unused one. */
@Controller
class MeasureKindPages {

    private static final String PATH = "/manage/measures/kinds";

    private final MeasureKinds kinds;

    MeasureKindPages(MeasureKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping(PATH)
    String list(StaffMember staff, Model model) {
        return page(staff, new KindForm("", "", "", "", true), FieldErrors.none(), model);
    }

    @PostMapping(PATH)
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameSv,
               @RequestParam(defaultValue = "") String nameEn, @ModelAttribute("ui") Ui ui, StaffMember admin,
               Model model, RedirectAttributes redirect) {
        List<Problem> problems = kinds.add(code, nameSv, nameEn, admin);
        if (!problems.isEmpty()) {
            return page(admin, new KindForm(code, nameSv, nameEn, "", true), FieldErrors.of(problems, ui), model);
        }
        redirect.addFlashAttribute("notice", "measures.kinds.added");
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{code}")
    String edit(@PathVariable String code, StaffMember staff, Model model) {
        var kind = kinds.find(code, staff);
        return editPage(new KindForm(code, kind.kind().nameSv(), kind.kind().nameEn(),
                Integer.toString(kind.sortOrder()), kind.offered()), FieldErrors.none(), model);
    }

    @PostMapping(PATH + "/{code}")
    String update(@PathVariable String code, @RequestParam(defaultValue = "") String nameSv,
                  @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String sortOrder,
                  @RequestParam(defaultValue = "false") boolean offered, @ModelAttribute("ui") Ui ui, StaffMember admin,
                  Model model, RedirectAttributes redirect) {
        List<Problem> problems = new ArrayList<>();
        Integer order = sortOrder.strip().matches("-?\\d{1,9}") ? Integer.valueOf(sortOrder.strip()) : null;
        if (order == null) {
            problems.add(Problem.of("sortOrder", "measures.kinds.sortOrderNotNumber"));
        } else {
            problems.addAll(kinds.update(code, nameSv, nameEn, order, offered, admin));
        }
        if (!problems.isEmpty()) {
            kinds.find(code, admin);
            return editPage(new KindForm(code, nameSv, nameEn, sortOrder, offered), FieldErrors.of(problems, ui), model);
        }
        redirect.addFlashAttribute("notice", "measures.kinds.saved");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{code}/remove")
    String remove(@PathVariable String code, StaffMember staff, RedirectAttributes redirect) {
        boolean deleted = kinds.remove(code, staff);
        redirect.addFlashAttribute("notice", deleted ? "measures.kinds.deleted" : "measures.kinds.retired");
        return "redirect:" + PATH;
    }

    private String page(StaffMember admin, KindForm adding, FieldErrors errors, Model model) {
        model.addAttribute("kinds", kinds.list(admin));
        model.addAttribute("adding", adding);
        model.addAttribute("errors", errors);
        return "measures/kinds";
    }

    private String editPage(KindForm kind, FieldErrors errors, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("errors", errors);
        return "measures/kind";
    }
}
