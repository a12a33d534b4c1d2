package se.lofte.promises.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseState;
import se.lofte.promises.PromiseSummary;

/**
 * Where staff land after signing in: how many promises they work with are in each state, and every one that
 * waits for something (text, signatures, publication) with what it waits for. A system administrator sees the
 * whole country. A person who is only a reporter (rapportör) may do nothing but place reports, so they land
 * on the report form instead.
 */
@Controller
class PromiseOverview {

    private final PromiseManagement management;

    PromiseOverview(PromiseManagement management) {
        this.management = management;
    }

    @GetMapping("/manage")
    String overview(StaffMember member, Model model) {
        boolean onlyReports = !member.systemAdmin() && !member.memberships().isEmpty()
                && member.memberships().stream().allMatch(m -> m.role() == Role.REPORTER);
        if (onlyReports) {
            return "redirect:/manage/situation/reports/new";
        }
        List<PromiseSummary> promises = management.list(member);
        Map<PromiseState, Long> counts = new EnumMap<>(PromiseState.class);
        for (PromiseState state : PromiseState.values()) {
            counts.put(state, promises.stream().filter(p -> p.state() == state).count());
        }
        List<PromiseSummary> waiting = promises.stream()
                .filter(p -> p.next() != PromiseSummary.NextStep.NONE)
                .sorted(Comparator.comparing(PromiseSummary::updatedAt))
                .toList();
        model.addAttribute("page", new OverviewPage(member.systemAdmin(), counts, waiting));
        return "promises/overview";
    }
}
