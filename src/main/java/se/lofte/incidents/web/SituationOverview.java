package se.lofte.incidents.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.ImportJob;
import se.lofte.incidents.Imports;
import se.lofte.shared.Ui;

/** The lägesbild's start page for staff: what it is, where its parts are, and the latest imports. */
@Controller
class SituationOverview {

    private static final String PATH = "/manage/situation";

    private final Imports imports;
    private final ImportPages pages;

    SituationOverview(Imports imports, ImportPages pages) {
        this.imports = imports;
        this.pages = pages;
    }

    /** The page, or with {@code part=jobs} only its latest imports, for the page's script while one runs. */
    @GetMapping(PATH)
    String overview(@RequestParam(required = false) String part, @ModelAttribute("ui") Ui ui, StaffMember member,
                    Model model) {
        List<ImportJob> jobs = imports.recent(member, 5);
        if (ImportPages.JOBS_PART.equals(part)) {
            return pages.jobsPart(jobs, ui.t("situation.latestImports.caption"), PATH, ui, model);
        }
        model.addAttribute("jobs", pages.rows(jobs, ui));
        return "situation/overview";
    }
}
