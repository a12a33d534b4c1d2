package se.lofte.places;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * The incidents placed in areas and street segments, as far as places need them: kept in step when places
 * change, and counted in a focus place. Implemented by the incidents module, which owns incidents, so that
 * places do not depend on it.
 */
public interface PlacedIncidents {

    /**
     * Places the incidents with a position inside the box again, in the {@link PlaceIndex} as it is now (refresh
     * it first); returns how many changed area or street segment.
     */
    int placeAgainWithin(Envelope box);

    /**
     * Gives the incidents known only by this municipality (precision AREA) its area, or none when
     * {@code areaId} is null; returns how many changed.
     */
    int placeInMunicipalityArea(String scbCode, Long areaId);

    /** Takes the incidents out of an area that is about to be deleted. */
    void leaveArea(long areaId);

    /** Takes the incidents off a street segment that is about to be deleted. */
    void leaveSegment(long segmentId);

    /**
     * For each of {@code ends}, the incidents that started from {@code from} (inclusive) to that end (exclusive)
     * and were placed in one of the areas or street segments, each counted once; {@code category} null for
     * every category.
     */
    List<Long> count(Collection<Long> areaIds, Collection<Long> segmentIds, String category, OffsetDateTime from,
                     List<OffsetDateTime> ends);
}
