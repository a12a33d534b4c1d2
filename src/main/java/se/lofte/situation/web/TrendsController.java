package se.lofte.situation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.Incidents;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Ui;
import se.lofte.situation.Coverage;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.PlaceKind;
import se.lofte.situation.SituationAccess;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.Trends;
import se.lofte.situation.ViewScope;

/**
 * The trends page: a GET form (works without JavaScript, and its address can be bookmarked or pinned),
 * and for a valid filter the counts over time as chart and table, the period against the one before and
 * last year, rolling windows and the categories. It shows the member's own municipalities
 * ({@link SituationAccess#viewOf}), says so, and opens on the latest days the data covers.
 */
@Controller
class TrendsController {

    static final int CATEGORY_ROWS = 15;

    private final Trends trends;
    private final SituationAccess access;
    private final Lagesbilder lagesbilder;

    TrendsController(Trends trends, SituationAccess access, Lagesbilder lagesbilder) {
        this.trends = trends;
        this.access = access;
        this.lagesbilder = lagesbilder;
    }

    @GetMapping("/manage/situation/trends")
    String trends(@RequestParam(required = false) String category, @RequestParam(required = false) String source,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String granularity,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        ViewScope view = access.viewOf(member);
        var scope = view.incidents();
        LocalDate today = trends.today();
        TrendFilter.Parsed parsed = TrendFilter.parse(category, source, place, granularity, from, to, today);
        // The data covers the same days whatever the period: read it once, for the default end and every count.
        Coverage coverage = trends.coverage(parsed.filter(), scope);
        if (blank(to)) {
            // Left open, the period ends where the data does, not today; a start typed after that runs to today.
            LocalDate end = trends.lastCoveredDay(coverage);
            if (!blank(from) && parsed.filter().from().isAfter(end)) {
                end = today;
            }
            parsed = TrendFilter.parse(category, source, place, granularity, from, to, end);
        }
        TrendFilter filter = parsed.filter();
        boolean valid = parsed.problems().isEmpty();
        var form = new TrendForm(category, source, place, filter.granularity().word(),
                blank(from) || !valid ? filter.from().toString() : from.strip(),
                blank(to) || !valid ? filter.to().toString() : to.strip());
        boolean policeEventsNote = filter.source() == null || Incidents.POLISEN_EVENTS_SOURCE.equals(filter.source());
        // A refused pin comes back here with its problems as a flash attribute, which PinOffer reads from the model.
        var pin = PinOffer.of(lagesbilder.editableBy(member),
                filter.place() != null && filter.place().kind() == PlaceKind.MUNICIPALITY ? filter.place().key() : null,
                view, filter.to().getYear(), model, ui);
        var errors = FieldErrors.of(parsed.problems(), ui);
        var choices = trends.choices(scope);
        model.addAttribute("page", valid && !coverage.isEmpty()
                ? new TrendsPage(form, errors, choices, filter, policeEventsNote, view, coverage,
                        Optional.of(trends.series(filter, scope, coverage)),
                        Optional.of(trends.comparison(filter, scope, coverage)),
                        trends.rolling(filter, scope, coverage),
                        trends.categories(filter, scope, CATEGORY_ROWS, coverage), pin)
                : new TrendsPage(form, errors, choices, filter, policeEventsNote, view, coverage, Optional.empty(),
                        Optional.empty(), List.of(), List.of(), pin));
        return "situation/trends";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
