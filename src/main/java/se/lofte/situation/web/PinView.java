package se.lofte.situation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.IncidentScope;
import se.lofte.organisations.Organisation;
import se.lofte.shared.MapTiles;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.LagesbildPin;
import se.lofte.situation.PinContent;
import se.lofte.situation.PinRenderers;
import se.lofte.situation.SituationMap;
import se.lofte.situation.TrendSeries;
import se.lofte.situation.Trends;

/**
 * A pin as the document page renders it, one case per kind. A kind this version does not know (stored by
 * a newer one) becomes a link; a chart, table or map view whose stored query cannot be read says so.
 */
public sealed interface PinView {

    JsonMapper JSON = JsonMapper.builder().build();

    LagesbildPin pin();

    record Chart(LagesbildPin pin, TrendSeries series) implements PinView {
    }

    record Table(LagesbildPin pin, TrendSeries series) implements PinView {
    }

    /**
     * A live view of the situation map: the map drawn from {@code dataUrl} at the stored view, the count
     * tables of the same filter beside it, and {@code mapUrl} to open the map page in that state.
     */
    record MapView(LagesbildPin pin, MapForm form, SituationMap.Counts counts, String dataUrl, String mapUrl,
                   MapTiles tiles) implements PinView {
    }

    /** A pin another module draws ({@link se.lofte.situation.PinRenderer}): its table, or why it is not shown. */
    record Rendered(LagesbildPin pin, PinContent content) implements PinView {
    }

    record Link(LagesbildPin pin, String href) implements PinView {
    }

    record Unreadable(LagesbildPin pin) implements PinView {
    }

    /**
     * What the pins are drawn from: current data as the viewer may see it, and the other modules' renderers, which
     * draw for the document's municipality in the page's language.
     */
    record Sources(Trends trends, IncidentScope scope, SituationMap map, StaffMember viewer, LocalDate today, MapTiles tiles,
                   PinRenderers renderers, Organisation municipality, Ui ui) {
    }

    /** The renderer per kind: adding a kind to PinKind makes this switch ask for its case. */
    static PinView of(LagesbildPin pin, Sources sources) {
        return pin.knownKind().<PinView>map(kind -> switch (kind) {
            case CHART -> sources.trends().pinned(pin, sources.scope()).<PinView>map(s -> new Chart(pin, s))
                    .orElseGet(() -> new Unreadable(pin));
            case TABLE -> sources.trends().pinned(pin, sources.scope()).<PinView>map(s -> new Table(pin, s))
                    .orElseGet(() -> new Unreadable(pin));
            case MAP_VIEW -> mapView(pin, sources);
            case SURVEY_RESULT -> sources.renderers().render(pin, sources.municipality(), sources.ui())
                    .<PinView>map(content -> new Rendered(pin, content)).orElseGet(() -> new Unreadable(pin));
        }).orElseGet(() -> new Link(pin, "/manage/situation/" + pin.kind().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + "?" + query(pin)));
    }

    /** The stored map query, checked again: a period is counted from today, as on the map page. */
    private static PinView mapView(LagesbildPin pin, Sources sources) {
        Map<String, String> stored = storedQuery(pin);
        if (stored == null) {
            return new Unreadable(pin);
        }
        List<Problem> problems = new ArrayList<>();
        MapForm form = MapForm.of(stored).withPeriodDays(sources.today(), problems);
        SituationMap.Filter filter = form.filter(problems);
        if (!problems.isEmpty()) {
            return new Unreadable(pin);
        }
        return new MapView(pin, form, sources.map().counts(sources.viewer(), filter),
                form.url(SituationMapController.PATH + "/data", null, false),
                form.url(SituationMapController.PATH, null, true), sources.tiles());
    }

    /** The stored query as a map of texts; null when it is not a flat JSON object. */
    private static Map<String, String> storedQuery(LagesbildPin pin) {
        try {
            Map<?, ?> map = JSON.readValue(pin.queryJson(), Map.class);
            Map<String, String> texts = new LinkedHashMap<>();
            for (var entry : map.entrySet()) {
                if (!(entry.getValue() instanceof String value)) {
                    return null;
                }
                texts.put(String.valueOf(entry.getKey()), value);
            }
            return texts;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The stored query as URL parameters, for views this version cannot draw itself. */
    private static String query(LagesbildPin pin) {
        try {
            Map<String, Object> map = JSON.readValue(pin.queryJson(), Map.class);
            return map.entrySet().stream().map(e -> UriUtils.encodeQueryParam(e.getKey(), "UTF-8") + "="
                    + UriUtils.encodeQueryParam(String.valueOf(e.getValue()), "UTF-8")).collect(Collectors.joining("&"));
        } catch (RuntimeException e) {
            return "";
        }
    }
}
