package se.lofte.incidents.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The police events sample ({@code polisen-events-2025-06-07.json}, one real response of the API) as a file where
 * every {@code location.name} is a county, as in responses where the municipality is only the last comma part
 * of {@code name} ("22 augusti 17.59, Brand, Kävlinge" in "Skåne län"). Each municipality event is moved to its
 * county (from SCB's list, {@code reference/municipalities.csv}) with the position the sample gives for that
 * county where it has one; county events stay as they are. The sample's own bytes are never changed.
 */
public final class PolisenCountyVariant {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The municipality each event of the sample is placed in, by id; null for the county events. */
    private final Map<String, String> municipalities = new LinkedHashMap<>();
    private final byte[] bytes;

    /** The variant, with {@code idPrefix} before every id (so that it is new to a source that has the sample). */
    public PolisenCountyVariant(String idPrefix) {
        Map<String, String> countyOf = new HashMap<>();
        for (List<String> row : municipalityRows()) {
            countyOf.put(row.get(1).toLowerCase(Locale.ROOT), row.get(3));
        }
        ArrayNode events = (ArrayNode) JSON.readTree(resource("/situation/polisen-events-2025-06-07.json"));
        Map<String, String> countyCentres = new HashMap<>();
        for (JsonNode event : events) {
            String place = event.path("location").path("name").asString();
            if (place.endsWith(" län")) {
                countyCentres.putIfAbsent(place, event.path("location").path("gps").asString());
            }
        }
        for (JsonNode node : events) {
            ObjectNode event = (ObjectNode) node;
            ObjectNode location = (ObjectNode) event.get("location");
            String place = location.get("name").asString();
            // The API writes some names in its own case ("Östra göinge").
            String county = countyOf.get(place.toLowerCase(Locale.ROOT));
            municipalities.put(event.get("id").asString(), county == null ? null : place);
            if (county != null) {
                location.put("name", county);
                if (countyCentres.containsKey(county)) {
                    location.put("gps", countyCentres.get(county));
                }
            }
            event.put("id", idPrefix + event.get("id").asString());
        }
        bytes = JSON.writeValueAsBytes(events);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The municipality the sample places the event with this id (without prefix) in, as the sample writes it, or
     * null for a county.
     */
    public String municipality(String id) {
        return municipalities.get(id);
    }

    /** The municipality of every event by id, in file order; null for the county events. */
    public Map<String, String> municipalities() {
        return java.util.Collections.unmodifiableMap(municipalities);
    }

    /** SCB's 290 municipalities: code, name, county code, county name. */
    public static List<List<String>> municipalityRows() {
        String text = new String(resource("/reference/municipalities.csv"), StandardCharsets.UTF_8);
        return text.lines().skip(1).filter(line -> !line.isBlank()).map(line -> List.of(line.split(",", -1)))
                .toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PolisenCountyVariant.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
