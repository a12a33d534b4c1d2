package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;
import se.lofte.situation.SituationMap;
import se.lofte.situation.ViewScope;

/**
 * The situation map for staff: the filter as typed with its problems, the categories and sources to filter by
 * and the ready-made periods, the counts and one page of incidents as tables (with links to the pages around
 * it), where the map fetches its data and tiles, and the offer to pin this view into a lägesbild with its query
 * and the title offered (or typed before a refused pin), what the page shows ({@code view}, named on it), and
 * the offer to make a focus place of streets on the map ({@code focus}).
 * The links to the pages around are empty at either end.
 */
public record SituationMapPage(MapForm form, FieldErrors errors, List<String> categories, List<String> sources,
                               List<Preset> presets, SituationMap.Counts counts, SituationMap.Rows rows,
                               List<IncidentRow> incidentRows, Optional<String> previousUrl, Optional<String> nextUrl,
                               String dataUrl, MapTiles tiles, PinOffer pin, String pinQuery, String pinTitle,
                               ViewScope view, MapFocusOffer focus) {
}
