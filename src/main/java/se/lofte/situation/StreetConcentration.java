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

    private final SituationMap map;
    private final HotspotAnalysis analysis;

    StreetConcentration(SituationMap map, HotspotAnalysis analysis) {
        this.map = map;
        this.analysis = analysis;
    }

    public Outcome measure(StaffMember member, SituationMap.Filter filter, double snap) {
        SituationMap.Points points = map.points(member, filter, HotspotAnalysis.INCIDENT_LIMIT);
        List<SituationMap.Point> exact = HotspotAnalysis.exact(points);
        List<Geometry> segments = analysis.streets(member).stream().map(SituationMap.Shape::geometry).toList();
        long areaOnly = map.counts(member, filter).areaOnly();
        Concentration concentration = segments.isEmpty() ? null : Concentration.ofWgs84(segments,
                exact.stream().mapToDouble(SituationMap.Point::latitude).toArray(),
                exact.stream().mapToDouble(SituationMap.Point::longitude).toArray(), snap);
        return new Outcome(exact.size(), areaOnly, points.capped(), concentration);
    }
}
