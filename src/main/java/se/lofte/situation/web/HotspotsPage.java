package se.lofte.situation.web;

import java.util.List;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;
import se.lofte.situation.HotspotAnalysis;
import se.lofte.situation.MapFocusPlaces;
import se.lofte.situation.ViewScope;

/**
 * The hotspots page: the choice as typed with its problems, the categories and sources to choose from, what
 * the page shows ({@code view}), the unit analysed ({@code cell} or {@code segment}) with its analysis
 * ({@code outcome} on cells or {@code segments} on street segments; null when the choice cannot be read or the
 * other unit was chosen), the significant cells or streets as rows, the cell size and band used (formatted
 * metres), where the map gets its data, the concentration on street segments ({@code streets}, null when the
 * choice cannot be read), the kernel density ({@code density}, null when it cannot be computed), and the offer to
 * save the hot places' streets as a focus place.
 */
public record HotspotsPage(HotspotForm form, FieldErrors errors, List<String> categories, List<String> sources,
                           ViewScope view, String unit, HotspotAnalysis.Outcome outcome,
                           HotspotAnalysis.SegmentOutcome segments, List<HotspotRow> rows,
                           List<SegmentRow> segmentRows, String cell, String band, String dataUrl, MapTiles tiles,
                           ConcentrationView streets, DensityView density, FocusOffer focus) {

    public boolean onSegments() {
        return "segment".equals(unit);
    }

    /**
     * Whether there are cells or streets to show: an analysis was made on enough incidents, on a grid that was
     * allowed or on enough street segments.
     */
    public boolean analysed() {
        if (onSegments()) {
            return segments != null && !segments.tooFew() && !segments.tooFewSegments();
        }
        return outcome != null && !outcome.tooFew() && !outcome.tooManyCells();
    }

    /** Whether the focus place offer is shown: hot places at 95 % and someone it may be saved for. */
    public boolean offersFocusPlace() {
        return analysed() && hot(MapFocusPlaces.HOT_CONFIDENCE) > 0 && !focus.owners().isEmpty();
    }

    /** The hot cells or streets at {@code percent} confidence or more. */
    public long hot(int percent) {
        return onSegments() ? segments.hot(percent) : outcome.result().hot(percent);
    }

    public long cold(int percent) {
        return onSegments() ? segments.cold(percent) : outcome.result().cold(percent);
    }

    /** How many incidents were analysed, whichever the unit; 0 when nothing was. */
    public int used() {
        return onSegments() ? (segments == null ? 0 : segments.used()) : (outcome == null ? 0 : outcome.used());
    }

    public long areaOnly() {
        return onSegments() ? segments.areaOnly() : outcome.areaOnly();
    }

    /** Whether an analysis was made at all (the choice could be read). */
    public boolean made() {
        return onSegments() ? segments != null : outcome != null;
    }

    public boolean capped() {
        return onSegments() ? segments.capped() : outcome.capped();
    }

    public long matching() {
        return onSegments() ? segments.matching() : outcome.matching();
    }

    public boolean tooFew() {
        return onSegments() ? segments.tooFew() : outcome.tooFew();
    }
}
