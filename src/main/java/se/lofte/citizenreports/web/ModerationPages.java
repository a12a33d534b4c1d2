package se.lofte.citizenreports.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.accounts.StaffMember;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.Moderation;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.citizenreports.StoredReport;
import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.shared.Ui;

/**
 * Moderation of residents' reports by staff of the municipality's parties: the list by moderation state, a
 * report's page with its original text and flags, and one form per step (publish, hide, merge, answer). A refused
 * step shows its page again with the message at the field and what was typed.
 */
@Controller
class ModerationPages {

    static final String BASE = "/manage/citizen-reports";

    private final CitizenReportModeration moderation;

    ModerationPages(CitizenReportModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping(BASE)
    ModelAndView list(@RequestParam(name = "state", defaultValue = "new") String state,
                      @RequestParam(name = "municipality", required = false) String municipality,
                      @RequestParam(defaultValue = "1") int page, StaffMember member) {
        Moderation chosen = Arrays.stream(Moderation.values())
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(state)).findFirst().orElse(null);
        List<Organisation> municipalities = moderation.municipalities(member);
        String code = municipalities.stream().map(Organisation::scbCode).filter(c -> c.equals(municipality)).findFirst()
                .orElse(null);
        var view = new ModelAndView("citizenreports/moderation/list");
        view.addObject("municipalities", municipalities);
        view.addObject("municipality", code);
        view.addObject("state", chosen == null ? "all" : state);
        view.addObject("states", List.of(Moderation.values()));
        view.addObject("list", moderation.list(member, code, chosen, page));
        return view;
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView report(@PathVariable CitizenReportId id, StaffMember member) {
        StoredReport report = moderation.report(member, id);
        return page(report, ModerationForm.of(report), FieldErrors.none(), HttpStatus.OK);
    }

    @PostMapping(BASE + "/{id}/publish")
    ModelAndView publish(@PathVariable CitizenReportId id, @RequestParam(defaultValue = "") String text,
                         StaffMember member, @ModelAttribute("ui") Ui ui) {
        return done(id, member, ui, moderation.publish(member, id, text), t -> t.withText(text));
    }

    @PostMapping(BASE + "/{id}/hide")
    ModelAndView hide(@PathVariable CitizenReportId id, @RequestParam(defaultValue = "") String reason,
                      StaffMember member, @ModelAttribute("ui") Ui ui) {
        return done(id, member, ui, moderation.hide(member, id, reason), t -> t.withReason(reason));
    }

    @PostMapping(BASE + "/{id}/merge")
    ModelAndView merge(@PathVariable CitizenReportId id, @RequestParam(defaultValue = "") String into,
                       StaffMember member, @ModelAttribute("ui") Ui ui) {
        Long target = Typed.wholeNumber(into);
        if (target == null && !into.isBlank()) {
            return done(id, member, ui, List.of(Problem.of("into", "cr.problem.mergeTargetUnknown", into.strip())),
                    t -> t.withInto(into));
        }
        return done(id, member, ui, moderation.merge(member, id, target == null ? null : new CitizenReportId(target)),
                t -> t.withInto(into));
    }

    @PostMapping(BASE + "/{id}/answer")
    ModelAndView answer(@PathVariable CitizenReportId id, @RequestParam(defaultValue = "") String status,
                        @RequestParam(defaultValue = "") String answer,
                        @RequestParam(defaultValue = "") String closedReason, StaffMember member,
                        @ModelAttribute("ui") Ui ui) {
        ReportStatus chosen = ReportStatus.ofCode(status).orElse(null);
        return done(id, member, ui, moderation.answer(member, id, chosen, answer, closedReason),
                t -> t.withAnswer(status, answer, closedReason));
    }

    private ModelAndView done(CitizenReportId id, StaffMember member, Ui ui, List<Problem> problems,
                              UnaryOperator<ModerationForm> typed) {
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + BASE + "/" + id.value());
        }
        StoredReport report = moderation.report(member, id);
        ModerationForm base = ModerationForm.of(report);
        return page(report, typed.apply(base), FieldErrors.of(problems, ui), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static ModelAndView page(StoredReport report, ModerationForm typed, FieldErrors errors, HttpStatus status) {
        var view = new ModelAndView("citizenreports/moderation/report");
        view.addObject("report", report);
        view.addObject("typed", typed);
        view.addObject("errors", errors);
        view.addObject("statuses", List.of(ReportStatus.values()));
        view.setStatus(status);
        return view;
    }
}
