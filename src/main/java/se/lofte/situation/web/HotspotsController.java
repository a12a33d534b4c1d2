package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.GridHotspots;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaceSave;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.HotspotAnalysis;
import se.lofte.situation.HotspotFocusPlaces;
import se.lofte.situation.SituationMap;
import se.lofte.situation.StreetConcentration;

/**
 * Hotspots on the lägesbild: Getis-Ord Gi* of the incidents the member sees, in square cells, with the
 * significant cells as a table and, drawn by {@code static/js/situation-hotspots.js} from {@code /data}
 * (GeoJSON), on a map. The choice is a plain GET form, so an analysis is an address.
 */
@Controller
@RequestMapping("/manage/situation/hotspots")
class HotspotsController {

    static final String PATH = "/manage/situation/hotspots";

    private final HotspotAnalysis analysis;
    private final StreetConcentration concentration;
    private final HotspotFocusPlaces focus;
    private final SituationMap map;
    private final LofteProperties properties;

    HotspotsController(HotspotAnalysis analysis, StreetConcentration concentration, HotspotFocusPlaces focus,
                       SituationMap map, LofteProperties properties) {
        this.analysis = analysis;
        this.focus = focus;
        this.concentration = concentration;
        this.map = map;
        this.properties = properties;
    }

    @GetMapping
    String page(@ModelAttribute("form") HotspotForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer,
                Model model) {
        // A refused focus place comes back here with its problems and the name typed, as flash attributes.
        @SuppressWarnings("unchecked")
        List<Problem> focusProblems = model.getAttribute("focusProblems") instanceof List<?> list
                ? (List<Problem>) list : List.of();
        String focusName = model.getAttribute("focusName") instanceof String typed ? typed : "";
        List<Problem> problems = new ArrayList<>();
        Analysed analysed = analyse(form, viewer, ui.locale(), problems);
        double snap = form.snapMetres(problems);
        boolean filterRead = problems.stream().noneMatch(p -> p.field().equals("from") || p.field().equals("to"));
        ConcentrationView streets = filterRead && Double.isFinite(snap)
                ? ConcentrationView.of(concentration.measure(viewer, form.filter(new ArrayList<>()), snap),
                        HotspotForm.format(snap), ui.locale())
                : null;
        var choices = map.choices(viewer);
        List<HotspotRow> rows = analysed.outcome() == null ? List.of()
                : analysed.outcome().significant().stream().map(c -> row(c, ui)).toList();
        model.addAttribute("page", new HotspotsPage(form, FieldErrors.of(problems, ui), choices.categories(),
                choices.sources(), map.view(viewer), analysed.outcome(), rows, HotspotForm.format(analysed.cell()),
                HotspotForm.format(analysed.band()), form.url(PATH + "/data"), properties.map().tiles(), streets,
                new FocusOffer(focus.owners(viewer), FieldErrors.of(focusProblems, ui), focusName,
                        form.url(PATH + "/focus-place"))));
        return "situation/hotspots";
    }

    /**
     * Saves the streets of the hot cells (95 % or more) of the analysis in the query as a focus place of the
     * chosen organisation, named by the user, and opens it; a refusal goes back to the analysis with its problems.
     * Whether the member may create it is the focus places' rule (403 otherwise).
     */
    @PostMapping("/focus-place")
    String saveFocusPlace(@ModelAttribute("form") HotspotForm form, @RequestParam long organisation,
                          @RequestParam(defaultValue = "") String name, @ModelAttribute("ui") Ui ui,
                          StaffMember viewer, RedirectAttributes redirect) {
        OrganisationId owner = new OrganisationId(organisation);
        if (!focus.mayCreate(viewer, owner)) {
            throw new NotAllowed("No role in the organisation allows changing its places");
        }
        List<Problem> problems = new ArrayList<>();
        Analysed analysed = analyse(form, viewer, ui.locale(), problems);
        if (!problems.isEmpty() || analysed.outcome().tooFew()) {
            return "redirect:" + form.url(PATH);
        }
        FocusPlaceSave saved = focus.create(viewer, analysed.outcome().result(), owner, name,
                ui.t("hotspots.focus.description", HotspotForm.format(analysed.cell()),
                        HotspotForm.format(analysed.band())));
        if (!saved.saved()) {
            redirect.addFlashAttribute("focusProblems", saved.problems());
            redirect.addFlashAttribute("focusName", name);
            return "redirect:" + form.url(PATH) + "#focus";
        }
        redirect.addFlashAttribute("notice", "places.focus.created");
        return "redirect:/manage/situation/places/focus/" + saved.id();
    }

    /**
     * The significant cells (90 % confidence or more) as a GeoJSON FeatureCollection of squares, each with
     * its kind, confidence, count, z and p_fdr, and the legend's words in the page's language. A choice that
     * cannot be read is answered 400 with what is wrong.
     */
    @GetMapping("/data")
    ResponseEntity<?> data(@ModelAttribute HotspotForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer) {
        List<Problem> problems = new ArrayList<>();
        Analysed analysed = analyse(form, viewer, ui.locale(), problems);
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    FieldErrors.of(problems, ui).all().entrySet().stream()
                            .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                            .collect(Collectors.joining("; ")));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<GeoJson.Feature> features = new ArrayList<>();
        List<GridHotspots.Cell> significant = analysed.outcome().tooFew() || analysed.outcome().tooManyCells()
                ? List.of() : analysed.outcome().significant();
        int n = 0;
        for (GridHotspots.Cell cell : significant) {
            HotspotRow row = row(cell, ui);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("layer", "cell");
            properties.put("hot", cell.hot());
            properties.put("confidence", cell.confidence());
            properties.put("label", ui.t("hotspots.cell.label", row.kind(), cell.confidence(), cell.count(),
                    row.z(), row.pFdr()));
            List<double[]> ring = new ArrayList<>(cell.outline().stream().map(HotspotsController::rounded).toList());
            ring.add(ring.getFirst());
            features.add(new GeoJson.Feature("cell-" + ++n, new GeoJson.Shape("Polygon", List.of(ring)),
                    properties));
        }
        return ResponseEntity.ok().contentType(SituationMapController.GEO_JSON)
                .body(new Cells("FeatureCollection", features, status(analysed.outcome(), ui)));
    }

    /** A FeatureCollection with a foreign member {@code status}: what the map shows, in words. */
    record Cells(String type, List<GeoJson.Feature> features, String status) {
    }

    private record Analysed(HotspotAnalysis.Outcome outcome, double cell, double band) {
    }

    private Analysed analyse(HotspotForm form, StaffMember viewer, Locale locale, List<Problem> problems) {
        SituationMap.Filter filter = form.filter(problems);
        double cell = form.cellMetres(problems);
        double band = form.bandMetres(cell, problems);
        if (!problems.isEmpty()) {
            return new Analysed(null, cell, band);
        }
        HotspotAnalysis.Outcome outcome = analysis.analyse(viewer, filter, cell, band);
        if (outcome.tooManyCells()) {
            problems.add(Problem.of("cell", "hotspots.problem.tooManyCells", HotspotForm.format(cell),
                    String.format(locale, "%,d", outcome.gridCells()),
                    String.format(locale, "%,d", HotspotAnalysis.MAX_CELLS)));
        }
        return new Analysed(outcome, cell, band);
    }

    private static String status(HotspotAnalysis.Outcome outcome, Ui ui) {
        if (outcome.tooFew()) {
            return ui.t("hotspots.tooFew", outcome.used(), HotspotAnalysis.MIN_INCIDENTS);
        }
        return ui.t("hotspots.map.status", outcome.significant().size());
    }

    private static HotspotRow row(GridHotspots.Cell cell, Ui ui) {
        Locale locale = ui.locale();
        return new HotspotRow("%.5f-%.5f".formatted(cell.latitude(), cell.longitude()), cell.hot(),
                ui.t(cell.hot() ? "hotspots.hot" : "hotspots.cold"), cell.confidence(),
                String.format(Locale.ROOT, "%.5f", cell.latitude()), String.format(Locale.ROOT, "%.5f", cell.longitude()),
                cell.count(), String.format(locale, "%.2f", cell.z()), pValue(cell.pFdr(), locale));
    }

    /** Small p-values as "< 0.001": more digits say nothing more to a reader of the table. */
    private static String pValue(double p, Locale locale) {
        return p < 0.001 ? "< " + String.format(locale, "%.3f", 0.001) : String.format(locale, "%.3f", p);
    }

    private static double[] rounded(double[] position) {
        return new double[] {Math.round(position[0] * 1e6) / 1e6, Math.round(position[1] * 1e6) / 1e6};
    }
}
