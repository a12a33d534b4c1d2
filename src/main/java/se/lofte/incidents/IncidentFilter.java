package se.lofte.incidents;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Which incidents to count or list; a null part does not narrow. {@code from} and {@code until} bound when an
 * incident started ([from, until)). {@code areaIds} and {@code segmentIds}, when given, keep the incidents
 * placed in one of those areas or street segments: a focus place is its parts.
 */
public record IncidentFilter(String category, String source, OffsetDateTime from, OffsetDateTime until,
                             String municipalityCode, Set<Long> areaIds, Set<Long> segmentIds) {

    public IncidentFilter {
        if ((areaIds == null) != (segmentIds == null)) {
            throw new IllegalArgumentException("Narrow to areas and segments together, or to neither");
        }
        areaIds = areaIds == null ? null : Set.copyOf(areaIds);
        segmentIds = segmentIds == null ? null : Set.copyOf(segmentIds);
    }

    public static IncidentFilter of(String category, String source) {
        return new IncidentFilter(category, source, null, null, null, null, null);
    }

    public IncidentFilter withSource(String source) {
        return new IncidentFilter(category, source, from, until, municipalityCode, areaIds, segmentIds);
    }

    public IncidentFilter between(OffsetDateTime from, OffsetDateTime until) {
        return new IncidentFilter(category, source, from, until, municipalityCode, areaIds, segmentIds);
    }

    public IncidentFilter inMunicipality(String scbCode) {
        return new IncidentFilter(category, source, from, until, scbCode, areaIds, segmentIds);
    }

    public IncidentFilter placedIn(Set<Long> areas, Set<Long> segments) {
        return new IncidentFilter(category, source, from, until, municipalityCode, areas, segments);
    }
}
