package se.lofte.incidents.sources;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.function.Consumer;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import se.lofte.places.PlacePrecision;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of Point features, properties read as {@link GeoJsonProperties}
 * says. Coordinates are WGS84 {@code [longitude, latitude]} as the RFC fixes; precision is
 * {@link PlacePrecision#POINT}. Members of the collection other than {@code type} and {@code features} are
 * skipped, so a {@code bbox} or an old-style {@code crs} does not matter; {@code features} must be one list.
 *
 * <p>A feature that is not a Point, has no usable coordinates (not numbers, out of range) or lacks its
 * category or time is refused with its 1-based index and the property path ({@code geometry.coordinates},
 * {@code properties.time}). A time that is a date alone means the whole day (ends at the next midnight)
 * unless an end time is given; times without an offset are read in the settings' zone.
 */
final class GeoJsonPointsParser implements IncidentParser {

    private static final String FORM = "2025-06-07T18:50:00+02:00";

    private final GeoJsonProperties properties;
    private final ZoneId zone;

    GeoJsonPointsParser(GeoJsonProperties properties) {
        this.properties = properties;
        this.zone = ZoneId.of(properties.timeZone());
    }

    @Override
    public void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile {
        JsonInput json = new JsonInput(in);
        json.expectStart(JsonToken.START_OBJECT, Reasons.FILE_NOT_FEATURE_COLLECTION);
        boolean sawFeatures = false;
        for (JsonToken token = json.next(); token != JsonToken.END_OBJECT; token = json.next()) {
            if (token != JsonToken.PROPERTY_NAME) {
                throw json.here(Reasons.FILE_NOT_JSON, null);
            }
            String member = json.propertyName();
            JsonToken value = json.next();
            if ("type".equals(member)) {
                JsonNode type = json.item();
                if (!type.isString() || !"FeatureCollection".equals(type.asString())) {
                    throw json.here(Reasons.FILE_NOT_FEATURE_COLLECTION, null);
                }
            } else if ("features".equals(member)) {
                if (value != JsonToken.START_ARRAY || sawFeatures) {
                    // Not a list, or a second one: which features the file means cannot be told.
                    throw json.here(Reasons.FILE_NOT_FEATURE_COLLECTION, null);
                }
                sawFeatures = true;
                json.items(this::feature, rows);
            } else {
                json.skipValue();
            }
        }
        if (!sawFeatures) {
            throw json.here(Reasons.FILE_NOT_FEATURE_COLLECTION, null);
        }
        json.expectEnd();
    }

    private ParsedIncident feature(long index, JsonNode feature) throws Refusal {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(null))) {
            throw new Refusal("type", Reasons.NOT_A_FEATURE);
        }
        JsonNode geometry = feature.path("geometry");
        String geometryType = geometry.isObject() ? geometry.path("type").asString(null) : null;
        if (!"Point".equals(geometryType)) {
            throw new Refusal("geometry.type", Reasons.NOT_A_POINT, String.valueOf(geometryType));
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.size() < 2 || !coordinates.get(0).isNumber()
                || !coordinates.get(1).isNumber()) {
            throw new Refusal("geometry.coordinates", Reasons.BAD_COORDINATE, coordinates.toString());
        }
        double longitude = Values.longitude(coordinates.get(0).asDouble(), coordinates.get(0).toString(),
                "geometry.coordinates[0]");
        double latitude = Values.latitude(coordinates.get(1).asDouble(), coordinates.get(1).toString(),
                "geometry.coordinates[1]");

        JsonNode props = feature.path("properties");
        String id = Values.clean(property(props, properties.id()));
        if (id == null) {
            JsonNode own = feature.get("id");
            id = own != null && (own.isString() || own.isNumber()) ? Values.clean(own.asString()) : null;
        }
        Values.fitting(id, Values.SOURCE_ID_MAX, path(properties.id()));
        String category = Values.fitting(Values.required(property(props, properties.category()),
                path(properties.category())), Values.CATEGORY_MAX, path(properties.category()));
        String timeText = Values.required(property(props, properties.time()), path(properties.time()));
        Span start = time(timeText, path(properties.time()));
        String endText = Values.clean(property(props, properties.endTime()));
        OffsetDateTime endsAt = endText == null ? start.dayEnd() : time(endText, path(properties.endTime())).at();
        if (endsAt != null && endsAt.isBefore(start.at())) {
            throw new Refusal(path(properties.endTime()), Reasons.END_BEFORE_START, endText, timeText);
        }
        return new ParsedIncident(index, id, category, start.at(), endsAt, PlacePrecision.POINT, latitude, longitude,
                Values.cut(Values.clean(property(props, properties.placeName())), Values.PLACE_NAME_MAX),
                Values.cut(Values.clean(property(props, properties.municipality())), Values.PLACE_NAME_MAX),
                Values.cut(Values.clean(property(props, properties.description())), Values.DESCRIPTION_MAX), null);
    }

    private static String path(String property) {
        return "properties." + property;
    }

    /** A property as text: strings, numbers and booleans are; an object or array refuses the row. */
    private static String property(JsonNode props, String name) throws Refusal {
        if (!props.isObject()) {
            return null;
        }
        JsonNode node = props.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainer()) {
            throw new Refusal(path(name), Reasons.NOT_TEXT);
        }
        return node.asString();
    }

    /** A moment, and where it was given as a date alone, the end of that day. */
    private record Span(OffsetDateTime at, OffsetDateTime dayEnd) {
    }

    private Span time(String text, String column) throws Refusal {
        Span span = span(text, column);
        Values.plausible(span.at(), text, FORM, column);
        return span;
    }

    private Span span(String text, String column) throws Refusal {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return new Span(offset, null);
            }
            return new Span(((LocalDateTime) parsed).atZone(zone).toOffsetDateTime(), null);
        } catch (DateTimeException notADateTime) {
            try {
                LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                return new Span(day.atStartOfDay(zone).toOffsetDateTime(),
                        day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            } catch (DateTimeException notADate) {
                throw new Refusal(column, Reasons.BAD_DATE, text, FORM);
            }
        }
    }
}
