package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.shared.Ui;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.LagesbildSave;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.PinKind;
import se.lofte.situation.PinRenderers;
import se.lofte.situation.SituationAccess;
import se.lofte.situation.SituationMap;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.Trends;

/**
 * The lägesbild documents for staff: choose a municipality and year, write the joint analysis, decide
 * whether the public may read it, and order the charts and tables pinned from the trends page.
 */
@Controller
class LagesbildController {

    static final String PIN_PROBLEMS = "pinProblems";

    private final Lagesbilder lagesbilder;
    private final Trends trends;
    private final SituationAccess access;
    private final SituationMap map;
    private final MapTiles tiles;
    private final PinRenderers renderers;

    LagesbildController(Lagesbilder lagesbilder, Trends trends, SituationAccess access, SituationMap map,
                        LofteProperties properties, PinRenderers renderers) {
        this.renderers = renderers;
        this.tiles = properties.map().tiles();
        this.lagesbilder = lagesbilder;
        this.trends = trends;
        this.access = access;
        this.map = map;
    }

    /** The documents the person may read; with a municipality and year chosen, that document. */
    @GetMapping("/manage/situation/lagesbild")
    String index(@RequestParam(required = false) String municipalityId, @RequestParam(required = false) String year,
                 StaffMember member, Model model) {
        if (municipalityId != null && year != null) {
            Integer y = Typed.integer(year);
            Integer id = Typed.integer(municipalityId);
            if (y != null && id != null && y >= Lagesbilder.FIRST_YEAR && y <= Lagesbilder.LAST_YEAR) {
                return "redirect:/manage/situation/lagesbild/" + id + "/" + y;
            }
            model.addAttribute("yearError", true);
        }
        var municipalities = lagesbilder.readableBy(member);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("years", municipalities.stream().collect(java.util.stream.Collectors.toMap(
                m -> m.id().value(), lagesbilder::years)));
        model.addAttribute("thisYear", trends.today().getYear());
        return "situation/lagesbildIndex";
    }

    @GetMapping("/manage/situation/lagesbild/{municipalityId}/{year}")
    String document(@PathVariable String municipalityId, @PathVariable String year, @ModelAttribute("ui") Ui ui,
                    StaffMember member, Model model) {
        Organisation municipality = municipality(municipalityId);
        LagesbildDocument document = lagesbilder.read(municipality, year(year), member);
        return page(document, member, document.analysis(), document.shownPublicly(), document.version(),
                FieldErrors.none(), null, model, ui);
    }

    @PostMapping("/manage/situation/lagesbild/{municipalityId}/{year}")
    String save(@PathVariable String municipalityId, @PathVariable String year,
                @RequestParam(defaultValue = "") String analysis,
                @RequestParam(defaultValue = "false") boolean shownPublicly,
                @RequestParam(defaultValue = "-2") String version, @ModelAttribute("ui") Ui ui, StaffMember member,
                Model model, RedirectAttributes redirect) {
        Organisation municipality = municipality(municipalityId);
        int y = year(year);
        Integer expected = Typed.integer(version);
        LagesbildSave result = lagesbilder.save(municipality, y, expected == null ? -2 : expected, analysis,
                shownPublicly, member);
        return switch (result) {
            case LagesbildSave.Saved saved -> {
                redirect.addFlashAttribute("notice", "lagesbild.saved");
                yield "redirect:/manage/situation/lagesbild/" + municipality.id().value() + "/" + y;
            }
            case LagesbildSave.Refused refused -> page(lagesbilder.read(municipality, y, member), member, analysis,
                    shownPublicly, expected == null ? -2 : expected, FieldErrors.of(refused.problems(), ui), null, model, ui);
            // The editor's text stays in the form; the version becomes the one they have now seen, so their
            // next save, after merging, goes through.
            case LagesbildSave.Conflict conflict -> page(conflict.current(), member, analysis, shownPublicly,
                    conflict.current().version(), FieldErrors.of(List.of(Problem.of("analysis",
                            "lagesbild.error.conflict")), ui), conflict.current(), model, ui);
        };
    }

    /** Pins a chart or table from the trends page; problems go back to the trends page beside the button. */
    @PostMapping("/manage/situation/lagesbild/pin")
    String pin(@RequestParam(required = false) String municipalityId, @RequestParam(required = false) String year,
               @RequestParam(defaultValue = "CHART") String kind, @RequestParam(defaultValue = "") String title,
               @RequestParam(required = false) String category, @RequestParam(required = false) String source,
               @RequestParam(required = false) String place, @RequestParam(required = false) String granularity,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               StaffMember member, RedirectAttributes redirect) {
        Organisation municipality = municipality(municipalityId == null ? "" : municipalityId);
        lagesbilder.requireEditor(member, municipality);
        TrendFilter.Parsed parsed = TrendFilter.parse(category, source, place, granularity, from, to, trends.today());
        String back = UriComponentsBuilder.fromPath("/manage/situation/trends").queryParam("category", category)
                .queryParam("source", source).queryParam("place", place).queryParam("granularity", granularity)
                .queryParam("from", from).queryParam("to", to).encode().build().toUriString();
        Integer y = Typed.integer(year);
        List<Problem> problems = new java.util.ArrayList<>(parsed.problems());
        PinKind pinKind = PinKind.of(kind).orElse(null);
        if (y == null) {
            problems.add(Problem.of("year", "lagesbild.error.year", Integer.toString(Lagesbilder.FIRST_YEAR),
                    Integer.toString(Lagesbilder.LAST_YEAR)));
        }
        if (pinKind == null || pinKind == PinKind.MAP_VIEW || pinKind.renderedElsewhere()) {
            problems.add(Problem.of("kind", "lagesbild.error.kind"));
        }
        if (problems.isEmpty()) {
            problems.addAll(lagesbilder.pin(municipality, y, pinKind, title, parsed.filter(), member));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(PIN_PROBLEMS, problems);
            return "redirect:" + back + "#pin";
        }
        redirect.addFlashAttribute("notice", "lagesbild.pinned");
        return "redirect:/manage/situation/lagesbild/" + municipality.id().value() + "/" + y + "#pins";
    }

    /**
     * Pins the map view that {@code query} (the map page's query string) shows. Problems go back to the
     * map page in that state, beside the pin form; a query that cannot be read is refused, never stored.
     */
    @PostMapping("/manage/situation/lagesbild/pin-map")
    String pinMap(@RequestParam(required = false) String municipalityId, @RequestParam(required = false) String year,
                  @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String query,
                  StaffMember member, RedirectAttributes redirect) {
        Organisation municipality = municipality(municipalityId == null ? "" : municipalityId);
        lagesbilder.requireEditor(member, municipality);
        List<Problem> problems = new java.util.ArrayList<>();
        MapForm form = MapForm.ofQuery(query, "pin", problems);
        List<Problem> filterProblems = new java.util.ArrayList<>();
        form.withPeriodDays(trends.today(), filterProblems).filter(filterProblems);
        if (!filterProblems.isEmpty()) {
            problems.add(Problem.of("pin", "map.pin.error.filter"));
            problems.addAll(filterProblems);
        }
        Integer y = Typed.integer(year);
        if (y == null) {
            problems.add(Problem.of("year", "lagesbild.error.year", Integer.toString(Lagesbilder.FIRST_YEAR),
                    Integer.toString(Lagesbilder.LAST_YEAR)));
        }
        if (problems.isEmpty()) {
            problems.addAll(lagesbilder.pinMapView(municipality, y, title, form.parameters(true), member));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(PIN_PROBLEMS, problems);
            redirect.addFlashAttribute("pinTitle", title);
            return "redirect:" + form.url(SituationMapController.PATH, null, true) + "#pin";
        }
        redirect.addFlashAttribute("notice", "lagesbild.pinned");
        return "redirect:/manage/situation/lagesbild/" + municipality.id().value() + "/" + y + "#pins";
    }

    /** Moves a pin up or down, or removes it. */
    @PostMapping("/manage/situation/lagesbild/{municipalityId}/{year}/pins/{pinId}")
    String changePin(@PathVariable String municipalityId, @PathVariable String year, @PathVariable String pinId,
                     @RequestParam(defaultValue = "") String action, StaffMember member, RedirectAttributes redirect) {
        Organisation municipality = municipality(municipalityId);
        int y = year(year);
        lagesbilder.requireEditor(member, municipality);
        Integer pin = Typed.integer(pinId);
        if (pin == null) {
            throw new NotFound("lägesbild");
        }
        switch (action) {
            case "up" -> lagesbilder.movePin(municipality, y, pin, -1, member);
            case "down" -> lagesbilder.movePin(municipality, y, pin, 1, member);
            case "remove" -> lagesbilder.removePin(municipality, y, pin, member);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "remove".equals(action) ? "lagesbild.pinRemoved" : "lagesbild.pinMoved");
        return "redirect:/manage/situation/lagesbild/" + municipality.id().value() + "/" + y + "#pins";
    }

    private String page(LagesbildDocument document, StaffMember member, String analysis, boolean shownPublicly,
                        int version, FieldErrors errors, LagesbildDocument conflict, Model model, Ui ui) {
        // The pins count what the trends and the map showed when they were pinned: the member's own municipalities.
        var view = access.viewOf(member);
        var sources = new PinView.Sources(trends, view.incidents(), map, member, trends.today(), tiles, renderers,
                document.municipality(), ui);
        List<PinView> pins = document.pins().stream().map(p -> PinView.of(p, sources)).toList();
        // A save or a change to the pins redirects here with its notice as a flash attribute, in the model already.
        model.addAttribute("page", new LagesbildDocumentPage(document, lagesbilder.mayEdit(member, document.municipality()),
                analysis, shownPublicly, version, errors, Optional.ofNullable(conflict), pins,
                pins.stream().anyMatch(p -> p instanceof PinView.MapView), view,
                Optional.ofNullable((String) model.getAttribute("notice"))));
        return "situation/lagesbild";
    }

    private Organisation municipality(String id) {
        Integer n = Typed.integer(id);
        return (n == null ? java.util.Optional.<Organisation>empty() : lagesbilder.municipality(n))
                .orElseThrow(() -> new NotFound("lägesbild"));
    }

    private static int year(String text) {
        Integer y = Typed.integer(text);
        if (y == null || y < Lagesbilder.FIRST_YEAR || y > Lagesbilder.LAST_YEAR) {
            throw new NotFound("lägesbild");
        }
        return y;
    }
}
