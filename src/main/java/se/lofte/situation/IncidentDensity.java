package se.lofte.situation;

import java.util.List;

import se.lofte.analysis.DensityGrid;

/**
 * The kernel density of the incidents a staff member sees on the map (the same view and filter as the
 * hotspots), as a surface of cells ({@link DensityGrid}). Only incidents with an exact or a street-segment
 * position take part, as for hotspots.
 */
public final class IncidentDensity {

    /**
     * Every cell above the floor is sent to the browser as a square (about 250 bytes of GeoJSON): more would make
     * the layer tens of megabytes. A larger grid gets larger cells, and one that needs cells above half the
     * bandwidth is refused at the bandwidth field.
     */
    public static final long MAX_CELLS = 40_000;

    private IncidentDensity() {
    }

    /** The surface of {@code used} incidents, the newest {@link HotspotAnalysis#INCIDENT_LIMIT} when capped. */
    public record Outcome(int used, boolean capped, DensityGrid.Result surface) {

        /** The densest cells first, at most {@code limit}. */
        public List<DensityGrid.Cell> densest(int limit) {
            return surface.cells().stream().sorted((a, b) -> Double.compare(b.perKm2(), a.perKm2())).limit(limit)
                    .toList();
        }
    }

    /**
     * The density of the selected incidents ({@link HotspotAnalysis#select}) with bandwidth {@code bandwidth}
     * metres, or with the default rule when it is NaN.
     */
    public static Outcome of(HotspotAnalysis.Selection incidents, double bandwidth) {
        DensityGrid.Result surface = DensityGrid.ofWgs84(incidents.latitudes(), incidents.longitudes(), bandwidth,
                MAX_CELLS);
        return new Outcome(incidents.used(), incidents.capped(), surface);
    }
}
