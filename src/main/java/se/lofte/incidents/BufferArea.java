package se.lofte.incidents;

import java.util.List;
import java.util.Set;

/**
 * The ground around a place where incidents might have moved to (a displacement buffer): everything within
 * {@code metres} of the place's geometry, but not the place itself.
 *
 * @param targetWkt the place's areas and street segments in WGS84 as WKT (longitude before latitude)
 * @param metres how far around the place, 1 to {@link #MAX_METRES}
 * @param targetAreaIds the place's areas: an incident placed in one is the place's, never the buffer's
 * @param targetSegmentIds the place's street segments, the same
 */
public record BufferArea(List<String> targetWkt, double metres, Set<Long> targetAreaIds, Set<Long> targetSegmentIds) {

    /** Beyond a few kilometres a buffer is a neighbouring district, not the place's surroundings. */
    public static final double MAX_METRES = 5000;

    public BufferArea {
        targetWkt = List.copyOf(targetWkt);
        targetAreaIds = Set.copyOf(targetAreaIds);
        targetSegmentIds = Set.copyOf(targetSegmentIds);
        if (!(metres >= 1 && metres <= MAX_METRES)) {
            throw new IllegalArgumentException("A buffer is 1 to " + MAX_METRES + " metres, not " + metres);
        }
    }
}
