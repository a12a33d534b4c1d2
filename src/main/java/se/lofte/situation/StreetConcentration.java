package se.lofte.situation;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.Concentration;

/**
 * How concentrated the incidents a staff member sees on the map are on the street segments in their view
 * ({@link SituationMap#segments}): each exact or segment-placed incident goes to its nearest segment within
 * the snap distance ({@link Concentration}). Incidents known only by their area are left out, as for hotspots.
 */
@Component
public class StreetConcentration {

    /** What was measured; {@code concentration} is null when the view has no street segments. */
    public record Outcome(int used, long areaOnly, boolean capped, Concentration concentration) {
    }

    private final HotspotAnalysis analysis;

    StreetConcentration(HotspotAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The selected incidents ({@link HotspotAnalysis#select}) on the member's street segments. */
    public Outcome measure(StaffMember member, HotspotAnalysis.Selection incidents, double snap) {
        List<Geometry> segments = analysis.streets(member).stream().map(SituationMap.Shape::geometry).toList();
        Concentration concentration = segments.isEmpty() ? null
                : Concentration.ofWgs84(segments, incidents.latitudes(), incidents.longitudes(), snap);
        return new Outcome(incidents.used(), incidents.areaOnly(), incidents.capped(), concentration);
    }
}
