package se.lofte.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import se.lofte.shared.Dates;

/**
 * A year of made-up incidents in Exempelby as a GeoJSON FeatureCollection of points, the form an export from a
 * municipality's own systems takes; imported through the ordinary import path like any such file. The random
 * numbers have a fixed seed, so every database gets the same incidents and importing them again adds none.
 * Damage around the station falls as the year goes on, which the goal counted there and the trends show.
 */
final class ExampleIncidents {

    private static final long SEED = 20_260_101L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** How many incidents of a category happen where, and whether they grow fewer over the year. */
    private record Spot(String category, int count, ExampleTown.Box box, String place, boolean fading) {
    }

    private static final ExampleTown.Box HIGH_STREET = new ExampleTown.Box(ExampleTown.HIGH_STREET.fromLon(),
            ExampleTown.HIGH_STREET.fromLat() - 0.0001, ExampleTown.HIGH_STREET.toLon(),
            ExampleTown.HIGH_STREET.toLat() + 0.0001);

    private static final List<Spot> SPOTS = List.of(
            new Spot("Skadegörelse", 46, ExampleTown.STATION, ExampleTown.STATION_NAME, true),
            new Spot("Ordningsstörning", 28, ExampleTown.STATION, ExampleTown.STATION_NAME, false),
            new Spot("Stöld", 18, ExampleTown.STATION, ExampleTown.STATION_NAME, false),
            new Spot("Stöld", 55, ExampleTown.CENTRE, ExampleTown.CENTRE_NAME, false),
            new Spot("Ordningsstörning", 30, ExampleTown.CENTRE, ExampleTown.CENTRE_NAME, false),
            new Spot("Misshandel", 10, ExampleTown.CENTRE, ExampleTown.CENTRE_NAME, false),
            new Spot("Narkotikabrott", 14, ExampleTown.CENTRE, ExampleTown.CENTRE_NAME, false),
            new Spot("Trafikbrott", 40, HIGH_STREET, ExampleTown.HIGH_STREET.name(), false),
            new Spot("Rattfylleri", 9, HIGH_STREET, ExampleTown.HIGH_STREET.name(), false),
            new Spot("Stöld", 45, ExampleTown.MUNICIPALITY, ExampleTown.NAME, false),
            new Spot("Inbrott", 22, ExampleTown.MUNICIPALITY, ExampleTown.NAME, false),
            new Spot("Skadegörelse", 25, ExampleTown.MUNICIPALITY, ExampleTown.NAME, false),
            new Spot("Trafikbrott", 20, ExampleTown.MUNICIPALITY, ExampleTown.NAME, false));

    private ExampleIncidents() {
    }

    /** The incidents from the first day up to the day before {@code until}, as a GeoJSON file. */
    static byte[] geoJson(LocalDate first, LocalDate until) {
        Random random = new Random(SEED);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, until));
        List<String> features = new ArrayList<>();
        for (Spot spot : SPOTS) {
            for (int i = 0; i < spot.count(); i++) {
                double share = spot.fading() ? 1 - Math.sqrt(random.nextDouble()) : random.nextDouble();
                var time = first.plusDays((long) (share * days)).atTime(random.nextInt(24), random.nextInt(60))
                        .atZone(Dates.SWEDEN).toOffsetDateTime();
                double lon = spot.box().west() + random.nextDouble() * (spot.box().east() - spot.box().west());
                double lat = spot.box().south() + random.nextDouble() * (spot.box().north() - spot.box().south());
                features.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"id\":\"exempel-%d\","
                                + "\"category\":\"%s\",\"time\":\"%s\",\"place\":\"%s\",\"municipality\":\"%s\"},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}}", features.size() + 1,
                        spot.category(), TIME.format(time), spot.place(), ExampleTown.NAME, lon, lat));
            }
        }
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",\n", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** How many incidents the file holds. */
    static int count() {
        return SPOTS.stream().mapToInt(Spot::count).sum();
    }
}
