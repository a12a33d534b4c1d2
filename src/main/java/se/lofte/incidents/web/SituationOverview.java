package se.lofte.incidents.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.ImportJob;
import se.lofte.incidents.Imports;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Ui;

/** The lägesbild's start page for staff: what it is, where its parts are, and the latest imports. */
@Controller
class SituationOverview {

    private final Imports imports;
    private final Organisations organisations;
    private final ImportPages pages;

    SituationOverview(Imports imports, Organisations organisations, ImportPages pages) {
        this.imports = imports;
        this.organisations = organisations;
        this.pages = pages;
    }

    @GetMapping("/manage/situation")
    String overview(@ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        List<ImportJob> jobs = imports.recent(member, 5);
        Map<OrganisationId, String> names = organisations.findAll(jobs.stream().map(ImportJob::organisation)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("jobs", jobs.stream().map(job -> pages.row(job, names, ui)).toList());
        return "situation/overview";
    }
}
