package se.lofte.situation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.MapFocusPlaces;
import se.lofte.situation.SituationMap;

/**
 * The situation map for staff: a filter that works as a plain GET form, the map (drawn by
 * {@code static/js/situation-map.js} from {@code /data}, GeoJSON) and, always, the same incidents as
 * tables. Everything shown is limited to what the signed-in member may see.
 */
@Controller
@RequestMapping("/manage/situation/map")
class SituationMapController {

    static final String PATH = "/manage/situation/map";
    /** More points than this make a browser slow without showing more; the newest are drawn and the page says so. */
    static final int POINT_LIMIT = 20_000;
    static final int PAGE_SIZE = 50;
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SituationMap map;
    private final Lagesbilder lagesbilder;
    private final MapFocusPlaces focus;
    private final MapTiles tiles;
    private final Clock clock;

    SituationMapController(SituationMap map, Lagesbilder lagesbilder, MapFocusPlaces focus,
                           LofteProperties properties,
                           Clock clock) {
        this.map = map;
        this.lagesbilder = lagesbilder;
        this.focus = focus;
        this.tiles = properties.map().tiles();
        this.clock = clock.withZone(Dates.SWEDEN);
    }

    @GetMapping
    String page(@ModelAttribute("form") MapForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer, Model model) {
        List<Problem> problems = new ArrayList<>();
        form = form.withPeriodDays(today(), problems);
        SituationMap.Filter filter = form.filter(problems);
        var view = map.view(viewer);
        var choices = map.choices(viewer);
        var counts = map.counts(viewer, filter);
        var rows = map.rows(viewer, filter, form.pageNumber(), PAGE_SIZE);
        // A refused pin comes back here with its problems and the title typed as flash attributes, in the model already.
        String pinTitle = model.getAttribute("pinTitle") instanceof String t ? t : ui.t("map.pin.defaultTitle",
                form.category().isEmpty() ? ui.t("map.filter.all").toLowerCase(ui.locale()) : form.category());
        model.addAttribute("page", new SituationMapPage(form, FieldErrors.of(problems, ui), choices.categories(),
                choices.sources(), presets(form, ui), counts, rows, rows.rows().stream().map(r -> row(r, ui)).toList(),
                rows.page() > 1 ? Optional.of(form.url(PATH, rows.page() - 1, true)) : Optional.empty(),
                rows.page() < rows.pages() ? Optional.of(form.url(PATH, rows.page() + 1, true)) : Optional.empty(),
                form.url(PATH + "/data", null, false), tiles,
                PinOffer.of(lagesbilder.editableBy(viewer), null, view, today().getYear(), model, ui),
                form.url("", null, true).replaceFirst("^\\?", ""), pinTitle, view, focusOffer(form, viewer, model, ui)));
        return "situation/map";
    }

    /**
     * The offer to make a focus place here, for a member who may change some organisation's places; a refused
     * try comes back with its problems and what was sent, as flash attributes, in the model already.
     */
    private MapFocusOffer focusOffer(MapForm form, StaffMember viewer, Model model, Ui ui) {
        List<Organisation> owners = focus.owners(viewer);
        @SuppressWarnings("unchecked")
        List<Problem> problems = model.getAttribute("mapFocusProblems") instanceof List<?> list
                ? (List<Problem>) list : List.of();
        MapFocusForm typed = model.getAttribute("mapFocus") instanceof MapFocusForm sent ? sent : MapFocusForm.empty();
        return new MapFocusOffer(owners, focus.streets(viewer, owners), FieldErrors.of(problems, ui), typed,
                form.url(MapFocusPlaceController.PATH, null, true));
    }

    /**
     * The filter's incidents that can be drawn (at most {@link #POINT_LIMIT}, newest first) with the visible
     * areas and street segments, as one GeoJSON FeatureCollection; each feature's {@code layer} property
     * says which it is. A filter that cannot be read is answered 400 with what is wrong.
     */
    @GetMapping("/data")
    ResponseEntity<?> data(@ModelAttribute MapForm form, @ModelAttribute("ui") Ui ui, StaffMember viewer) {
        List<Problem> problems = new ArrayList<>();
        form = form.withPeriodDays(today(), problems);
        SituationMap.Filter filter = form.filter(problems);
        if (!problems.isEmpty()) {
            return GeoJson.refused(problems, ui);
        }
        var points = map.points(viewer, filter, POINT_LIMIT);
        long areaOnly = map.counts(viewer, filter).areaOnly();
        List<GeoJson.Feature> features = new ArrayList<>();
        for (var point : points.points()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("layer", "incident");
            properties.put("category", point.category());
            properties.put("time", time(point.startsAt()));
            properties.put("precision", ui.t("map.precision." + point.precision().name()));
            properties.put("source", point.source());
            properties.put("place", point.place());
            features.add(new GeoJson.Feature("incident-" + point.id(),
                    GeoJson.point(point.latitude(), point.longitude()), properties));
        }
        for (var area : map.areas(viewer)) {
            shape(features, "area", area);
        }
        for (var segment : map.segments(viewer)) {
            shape(features, "segment", segment);
        }
        String status = points.capped()
                ? ui.t("map.status.capped", points.points().size(), points.drawable())
                : ui.t("map.status.shown", points.points().size());
        if (areaOnly > 0) {
            status += " " + ui.t("map.status.areaOnly", areaOnly);
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(new GeoJson.FeatureCollection(features,
                new GeoJson.IncidentSummary(points.points().size(), points.drawable(), points.limit(),
                        points.capped(), areaOnly, status)));
    }

    private static void shape(List<GeoJson.Feature> features, String layer, SituationMap.Shape shape) {
        GeoJson.Shape geometry = GeoJson.of(shape.geometry());
        if (geometry != null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("layer", layer);
            properties.put("name", shape.name());
            properties.put("kind", shape.kind());
            features.add(new GeoJson.Feature(layer + "-" + shape.id(), geometry, properties));
        }
    }

    private List<Preset> presets(MapForm form, Ui ui) {
        List<Preset> presets = new ArrayList<>();
        for (MapForm.Period period : MapForm.Period.values()) {
            presets.add(new Preset(ui.t("map.period." + period.word), form.withPeriod(period.word).url(PATH, null, true),
                    period.word.equals(form.period())));
        }
        presets.add(new Preset(ui.t("map.period.all"), form.withPeriod("").url(PATH, null, true),
                form.period().isEmpty() && form.from().isEmpty() && form.to().isEmpty()));
        return presets;
    }

    private IncidentRow row(SituationMap.Row row, Ui ui) {
        OffsetDateTime start = row.startsAt().atZoneSameInstant(Dates.SWEDEN).toOffsetDateTime();
        String time = TIME.format(start);
        if (row.endsAt() != null) {
            time += " – " + TIME.format(row.endsAt().atZoneSameInstant(Dates.SWEDEN));
        }
        String url = row.url() != null && (row.url().startsWith("https://") || row.url().startsWith("http://"))
                ? row.url() : null;
        return new IncidentRow(row.id(), time, start.toString(), row.category(),
                row.place() == null ? ui.t("map.place.unknown") : row.place(),
                ui.t("map.precision." + row.precision().name()), row.source(), url);
    }

    private static String time(OffsetDateTime time) {
        return TIME.format(time.atZoneSameInstant(Dates.SWEDEN));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
