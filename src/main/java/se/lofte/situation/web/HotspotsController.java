package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import se.lofte.analysis.DensityGrid;
import se.lofte.analysis.GridHotspots;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaceId;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Ui;
import se.lofte.situation.HotspotAnalysis;
import se.lofte.situation.HotspotAnalysis.SegmentOutcome;
import se.lofte.situation.HotspotAnalysis.Street;
import se.lofte.situation.IncidentDensity;
import se.lofte.situation.MapFocusPlaces;
import se.lofte.situation.SituationMap;
import se.lofte.situation.StreetConcentration;

/**
 * Hotspots on the lägesbild: Getis-Ord Gi* of the incidents the member sees, in square cells or on the street
 * segments in view, with the significant cells or streets as a table and, drawn by
 * {@code static/js/situation-hotspots.js} from {@code /data} (GeoJSON), on a map; beside them the kernel
 * density of the same incidents, a layer from {@code /density} with its densest cells as a table. The choice is
 * a plain GET form, so an analysis is an address.
 */
@Controller
@RequestMapping("/manage/situation/hotspots")
class HotspotsController {

    static final String PATH = "/manage/situation/hotspots";

    private final HotspotAnalysis analysis;
    private final StreetConcentration concentration;
    private final MapFocusPlaces focus;
    private final SituationMap map;
    private final LofteProperties properties;

    HotspotsController(HotspotAnalysis analysis, StreetConcentration concentration, MapFocusPlaces focus,
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
        // On segments the snap distance is part of the analysis and was read with it.
        double snap = analysed.unit() == HotspotForm.Unit.SEGMENT ? analysed.snap() : form.snapMetres(problems);
        boolean filterRead = problems.stream().noneMatch(p -> p.field().equals("from") || p.field().equals("to"));
        // The incidents are read once for every figure; when the analysis was refused they are read for the rest.
        HotspotAnalysis.Selection incidents = analysed.incidents() != null ? analysed.incidents()
                : filterRead ? analysis.select(viewer, form.filter(new ArrayList<>())) : null;
        ConcentrationView streets = incidents != null && Double.isFinite(snap)
                ? ConcentrationView.of(concentration.measure(viewer, incidents, snap), HotspotForm.format(snap),
                        ui.locale())
                : null;
        DensityView surface = densityView(form, analysed.any() ? incidents : null, ui, problems);
        var choices = map.choices(viewer);
        List<HotspotRow> rows = analysed.cells() == null ? List.of()
                : analysed.cells().significant().stream().map(c -> row(c, ui)).toList();
        List<SegmentRow> segmentRows = analysed.segments() == null ? List.of()
                : analysed.segments().significant().stream().map(s -> segmentRow(s, ui)).toList();
        model.addAttribute("page", new HotspotsPage(form, FieldErrors.of(problems, ui), choices.categories(),
                choices.sources(), map.view(viewer), analysed.unit().word(), analysed.cells(), analysed.segments(),
                rows, segmentRows, HotspotForm.format(analysed.cell()), HotspotForm.format(analysed.band()),
                form.url(PATH + "/data"), properties.map().tiles(), streets, surface,
                new FocusOffer(focus.owners(viewer), FieldErrors.of(focusProblems, ui), focusName,
                        form.url(PATH + "/focus-place"))));
        return "situation/hotspots";
    }

    /**
     * Saves the hot places (95 % or more) of the analysis in the query as a focus place of the chosen
     * organisation, named by the user, and opens it: on cells, the organisation's streets through the hot cells;
     * on segments, its hot segments. A refusal goes back to the analysis with its problems. Whether the member
     * may create it is the focus places' rule (403 otherwise).
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
        if (!problems.isEmpty() || !analysed.any()) {
            return "redirect:" + form.url(PATH);
        }
        Saved<FocusPlaceId> saved = analysed.unit() == HotspotForm.Unit.SEGMENT
                ? focus.createFromHotStreets(viewer, analysed.segments().streets(), owner, name,
                        ui.t("hotspots.focus.description.segment", HotspotForm.format(analysed.snap()),
                                HotspotForm.format(analysed.band())))
                : focus.createFromHotCells(viewer, analysed.cells().result(), owner, name,
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
     * The significant cells (90 % confidence or more) as a GeoJSON FeatureCollection of squares, or on segments
     * the significant streets as lines, each with its kind, confidence, count, z and p_fdr, and the legend's
     * words in the page's language. A choice that cannot be read is answered 400 with what is wrong.
     */
    @GetMapping("/data")
    ResponseEntity<?> data(@ModelAttribute HotspotForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer) {
        List<Problem> problems = new ArrayList<>();
        Analysed analysed = analyse(form, viewer, ui.locale(), problems);
        if (!problems.isEmpty()) {
            return GeoJson.refused(problems, ui);
        }
        List<GeoJson.Feature> features = new ArrayList<>();
        int n = 0;
        if (analysed.unit() == HotspotForm.Unit.SEGMENT) {
            List<Street> significant = analysed.any() ? analysed.segments().significant() : List.of();
            for (Street street : significant) {
                SegmentRow row = segmentRow(street, ui);
                features.add(new GeoJson.Feature("segment-" + street.segment().id(),
                        GeoJson.of(street.segment().geometry()), properties("segment", row.hot(), row.confidence(),
                        ui.t("hotspots.segment.label", row.kind(), row.confidence(), row.street(), row.count(),
                                row.z(), row.pFdr()))));
            }
            return ResponseEntity.ok().contentType(SituationMapController.GEO_JSON)
                    .body(new Cells("FeatureCollection", features, status(analysed.segments(), ui)));
        }
        List<GridHotspots.Cell> significant = analysed.any() ? analysed.cells().significant() : List.of();
        for (GridHotspots.Cell cell : significant) {
            HotspotRow row = row(cell, ui);
            features.add(new GeoJson.Feature("cell-" + ++n, square(cell.outline()), properties("cell", cell.hot(),
                    cell.confidence(), ui.t("hotspots.cell.label", row.kind(), cell.confidence(), cell.count(),
                            row.z(), row.pFdr()))));
        }
        return ResponseEntity.ok().contentType(SituationMapController.GEO_JSON)
                .body(new Cells("FeatureCollection", features, status(analysed.cells(), ui)));
    }

    /** What the map's script reads of a hotspot, a cell or a street segment alike. */
    private static Map<String, Object> properties(String layer, boolean hot, int confidence, String label) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("layer", layer);
        properties.put("hot", hot);
        properties.put("confidence", confidence);
        properties.put("label", label);
        return properties;
    }

    /**
     * The kernel density of the same incidents as GeoJSON squares: the cells above 1 % of the highest density,
     * each with its class (1 to 5, equal fifths of the highest) and density per km², and as foreign members the
     * bandwidth and cell size used and the highest density. A choice that cannot be read, or a grid larger than
     * {@link IncidentDensity#MAX_CELLS}, is answered 400 with what is wrong.
     */
    @GetMapping("/density")
    ResponseEntity<?> density(@ModelAttribute HotspotForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer) {
        List<Problem> problems = new ArrayList<>();
        SituationMap.Filter filter = form.filter(problems);
        double bandwidth = form.bandwidthMetres(problems);
        if (!problems.isEmpty()) {
            return GeoJson.refused(problems, ui);
        }
        IncidentDensity.Outcome outcome = IncidentDensity.of(analysis.select(viewer, filter), bandwidth);
        Problem refusal = refusal(outcome.surface(), ui.locale());
        if (refusal != null) {
            return GeoJson.refused(List.of(refusal), ui);
        }
        DensityGrid.Result surface = outcome.surface();
        List<GeoJson.Feature> features = new ArrayList<>();
        int n = 0;
        for (DensityGrid.Cell cell : surface.cells()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("layer", "density");
            properties.put("level", cell.level());
            properties.put("perKm2", Math.round(cell.perKm2() * 10) / 10.0);
            properties.put("label", ui.t("hotspots.density.label", cell.level(), DensityGrid.CLASSES,
                    DensityView.perKm2(cell.perKm2(), ui.locale())));
            features.add(new GeoJson.Feature("density-" + ++n, square(cell.outline()), properties));
        }
        boolean computed = surface.status() == DensityGrid.Status.COMPUTED;
        return ResponseEntity.ok().contentType(SituationMapController.GEO_JSON)
                .body(new Surface("FeatureCollection", features,
                        computed ? Math.round(surface.bandwidth()) : null,
                        computed ? surface.cellSize() : null,
                        computed ? Math.round(surface.maxPerKm2() * 10) / 10.0 : null,
                        computed ? ui.t("hotspots.density.status", features.size(),
                                HotspotForm.format(Math.round(surface.bandwidth())))
                                : ui.t("hotspots.density.none")));
    }

    /** A FeatureCollection with a foreign member {@code status}: what the map shows, in words. */
    record Cells(String type, List<GeoJson.Feature> features, String status) {
    }

    /**
     * The density layer: a FeatureCollection with foreign members, the bandwidth and cell size in metres and
     * the highest density per km² (null when there were no incidents), and {@code status} in words.
     */
    record Surface(String type, List<GeoJson.Feature> features, Long bandwidth, Double cell, Double maxPerKm2,
                   String status) {
    }

    /**
     * The analysis made: {@code cells} on cells or {@code segments} on street segments (the other null, both
     * null when the choice could not be read), of {@code incidents} (null then too), with the distances used.
     */
    private record Analysed(HotspotForm.Unit unit, HotspotAnalysis.Selection incidents,
                            HotspotAnalysis.Outcome cells, SegmentOutcome segments, double cell, double band,
                            double snap) {

        /** Whether there is anything to show: enough incidents, and an allowed grid or enough segments. */
        boolean any() {
            return cells != null ? !cells.tooFew() && !cells.tooManyCells()
                    : segments != null && !segments.tooFew() && !segments.tooFewSegments();
        }
    }

    private Analysed analyse(HotspotForm form, StaffMember viewer, Locale locale, List<Problem> problems) {
        SituationMap.Filter filter = form.filter(problems);
        HotspotForm.Unit unit = form.unit(problems);
        if (unit == HotspotForm.Unit.SEGMENT) {
            double band = form.bandMetres(Double.NaN, problems);
            double snap = form.snapMetres(problems);
            if (!problems.isEmpty()) {
                return new Analysed(unit, null, null, null, Double.NaN, band, snap);
            }
            HotspotAnalysis.Selection incidents = analysis.select(viewer, filter);
            return new Analysed(unit, incidents, null, analysis.analyseSegments(viewer, incidents, snap, band),
                    Double.NaN, band, snap);
        }
        double cell = form.cellMetres(problems);
        double band = form.bandMetres(cell, problems);
        if (!problems.isEmpty()) {
            return new Analysed(unit, null, null, null, cell, band, Double.NaN);
        }
        HotspotAnalysis.Selection incidents = analysis.select(viewer, filter);
        HotspotAnalysis.Outcome outcome = analysis.analyse(incidents, cell, band);
        if (outcome.tooManyCells()) {
            problems.add(Problem.of("cell", "hotspots.problem.tooManyCells", HotspotForm.format(cell),
                    String.format(locale, "%,d", outcome.gridCells()),
                    String.format(locale, "%,d", HotspotAnalysis.MAX_CELLS)));
        }
        return new Analysed(unit, incidents, outcome, null, cell, band, Double.NaN);
    }

    /**
     * The density of {@code incidents} for the page, or null: when there are none to draw it for (no analysis to
     * show), or with a problem at {@code bandwidth} when it cannot be read or computed.
     */
    private static DensityView densityView(HotspotForm form, HotspotAnalysis.Selection incidents, Ui ui,
                                       List<Problem> problems) {
        List<Problem> own = new ArrayList<>();
        double bandwidth = form.bandwidthMetres(own);
        if (own.isEmpty() && incidents != null) {
            IncidentDensity.Outcome outcome = IncidentDensity.of(incidents, bandwidth);
            Problem refusal = refusal(outcome.surface(), ui.locale());
            if (refusal == null) {
                return outcome.surface().status() == DensityGrid.Status.COMPUTED
                        ? DensityView.of(outcome, !Double.isNaN(bandwidth), form.url(PATH + "/density"), ui)
                        : null;
            }
            own.add(refusal);
        }
        problems.addAll(own);
        return null;
    }

    /** Why the surface was not computed, at the bandwidth field; null when it was, or when there was nothing. */
    private static Problem refusal(DensityGrid.Result surface, Locale locale) {
        return switch (surface.status()) {
            case TOO_MANY_CELLS -> Problem.of("bandwidth", "hotspots.problem.densityCells",
                    HotspotForm.format(Math.round(surface.bandwidth())), HotspotForm.format(surface.cellSize()),
                    String.format(locale, "%,d", surface.gridCells()),
                    String.format(locale, "%,d", IncidentDensity.MAX_CELLS));
            case NO_BANDWIDTH -> Problem.of("bandwidth", "hotspots.problem.noBandwidth");
            case NO_POINTS, COMPUTED -> null;
        };
    }

    private static String status(HotspotAnalysis.Outcome outcome, Ui ui) {
        if (outcome.tooFew()) {
            return ui.t("hotspots.tooFew", outcome.used(), HotspotAnalysis.MIN_INCIDENTS);
        }
        return ui.t("hotspots.map.status", outcome.significant().size());
    }

    private static String status(SegmentOutcome outcome, Ui ui) {
        if (outcome.tooFew()) {
            return ui.t("hotspots.tooFew", outcome.used(), HotspotAnalysis.MIN_INCIDENTS);
        }
        if (outcome.tooFewSegments()) {
            return ui.t("hotspots.segments.tooFew", outcome.segmentsInView());
        }
        return ui.t("hotspots.map.status.segment", outcome.significant().size());
    }

    private static HotspotRow row(GridHotspots.Cell cell, Ui ui) {
        Locale locale = ui.locale();
        return new HotspotRow("%.5f-%.5f".formatted(cell.latitude(), cell.longitude()), cell.hot(),
                ui.t(cell.hot() ? "hotspots.hot" : "hotspots.cold"), cell.confidence(),
                String.format(Locale.ROOT, "%.5f", cell.latitude()), String.format(Locale.ROOT, "%.5f", cell.longitude()),
                cell.count(), String.format(locale, "%.2f", cell.z()), pValue(cell.pFdr(), locale));
    }

    private static SegmentRow segmentRow(Street street, Ui ui) {
        Locale locale = ui.locale();
        var figures = street.figures();
        return new SegmentRow(street.segment().name(), figures.hot(),
                ui.t(figures.hot() ? "hotspots.hot" : "hotspots.cold"), figures.confidence(), figures.count(),
                String.format(locale, "%.2f", figures.z()), pValue(figures.pFdr(), locale));
    }

    /** A closed GeoJSON ring from a square's four corners. */
    private static GeoJson.Shape square(List<double[]> corners) {
        List<double[]> ring = new ArrayList<>(corners.stream().map(HotspotsController::rounded).toList());
        ring.add(ring.getFirst());
        return new GeoJson.Shape("Polygon", List.of(ring));
    }

    /** Small p-values as "< 0.001": more digits say nothing more to a reader of the table. */
    private static String pValue(double p, Locale locale) {
        return p < 0.001 ? "< " + String.format(locale, "%.3f", 0.001) : String.format(locale, "%.3f", p);
    }

    private static double[] rounded(double[] position) {
        return new double[] {Math.round(position[0] * 1e6) / 1e6, Math.round(position[1] * 1e6) / 1e6};
    }
}
