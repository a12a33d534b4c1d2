package se.lofte.situation.web;

import java.util.List;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;
import se.lofte.situation.HotspotAnalysis;
import se.lofte.situation.ViewScope;

/**
 * The hotspots page: the choice as typed with its problems, the categories and sources to choose from, what
 * the page shows ({@code view}), the analysis ({@code outcome}, null when the choice cannot be read), the
 * significant cells as rows, the cell size and band used (formatted metres), where the map gets its data, and
 * the concentration on street segments ({@code streets}, null when the choice cannot be read), and the offer to
 * save the hot cells' streets as a focus place.
 */
public record HotspotsPage(HotspotForm form, FieldErrors errors, List<String> categories, List<String> sources,
                           ViewScope view, HotspotAnalysis.Outcome outcome, List<HotspotRow> rows, String cell,
                           String band, String dataUrl, MapTiles tiles, ConcentrationView streets,
                           FocusOffer focus) {

    /** Whether there are cells to show: an analysis was made on enough incidents and a grid that was allowed. */
    public boolean analysed() {
        return outcome != null && !outcome.tooFew() && !outcome.tooManyCells();
    }

    /** Whether the focus place offer is shown: hot cells at 95 % and someone it may be saved for. */
    public boolean offersFocusPlace() {
        return analysed() && outcome.result().hot(95) > 0 && !focus.owners().isEmpty();
    }
}
