package se.lofte.incidents.sources;

import java.time.OffsetDateTime;

import se.lofte.places.PlacePrecision;

/**
 * An incident as read from a file, before it is placed and stored.
 *
 * @param sourceId         the source's own id, or null where it has none (then a content hash dedups)
 * @param category         what happened, as the source names it, never blank
 * @param startsAt         when it happened, or the start of the span it is known to (a month for police.uk)
 * @param endsAt           the end of that span (exclusive), or null for a point in time
 * @param precision        how exactly the place is known; see {@link PlacePrecision}
 * @param latitude         WGS84 latitude, or null where there is no position
 * @param longitude        WGS84 longitude, or null where there is no position
 * @param placeName        the place as the source words it ("On or near Aldgate", "Kävlinge"), or null
 * @param municipalityName the Swedish municipality as the source names it ("Kävlinge"), or null
 * @param description      free text from the source, or null
 * @param url              a link to the source's page about it, absolute, or null
 */
public record ParsedIncident(long line, String sourceId, String category, OffsetDateTime startsAt,
                             OffsetDateTime endsAt, PlacePrecision precision, Double latitude, Double longitude,
                             String placeName, String municipalityName, String description, String url)
        implements ParsedRow {
}
