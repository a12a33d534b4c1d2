package se.lofte.incidents.sources;

import java.time.ZoneId;

/**
 * Which properties of a GeoJSON Point feature hold what. Absent names take the defaults of
 * {@link #DEFAULTS}. {@code timeZone} places times written without an offset (a date, a local date-time).
 *
 * @param id           the source's id; where the feature has no such property, the feature's own {@code id}
 * @param category     what happened (required on every feature)
 * @param time         when (required): an ISO-8601 date, local date-time or date-time with offset
 * @param endTime      when it ended, same forms, optional
 * @param placeName    the place in words, optional
 * @param municipality the municipality's name, optional
 * @param description  free text, optional
 * @param timeZone     an IANA zone id such as {@code Europe/Stockholm}
 */
public record GeoJsonProperties(String id, String category, String time, String endTime, String placeName,
                                String municipality, String description, String timeZone) {

    public static final GeoJsonProperties DEFAULTS = new GeoJsonProperties("id", "category", "time", "endTime",
            "place", "municipality", "description", "Europe/Stockholm");

    public GeoJsonProperties {
        id = orDefault(id, "id");
        category = orDefault(category, "category");
        time = orDefault(time, "time");
        endTime = orDefault(endTime, "endTime");
        placeName = orDefault(placeName, "place");
        municipality = orDefault(municipality, "municipality");
        description = orDefault(description, "description");
        timeZone = orDefault(timeZone, "Europe/Stockholm");
        // Fails early with the zone's own message rather than on the first feature.
        ZoneId.of(timeZone);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
