import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a CSV of made-up incidents for the import benchmark: {@code java bench/GenerateIncidents.java ROWS FILE}.
 * The same seed gives the same file, so runs compare like with like. Positions fall in a box around
 * Bengtsfors; categories and places are drawn from short lists, as in a real municipality's export.
 */
public class GenerateIncidents {

    private static final String[] CATEGORIES = {"Skadegörelse", "Klotter", "Stöld", "Inbrott", "Misshandel",
            "Ordningsstörning", "Trafikbrott", "Narkotikabrott", "Brand", "Nedskräpning"};
    private static final String[] PLACES = {"Torget", "Stationsområdet", "Sågvägen", "Storgatan", "Badplatsen",
            "Skolgården", "Centrumparkeringen", "Hamnen"};

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        var random = new SplittableRandom(20260101);
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        var start = LocalDateTime.of(2022, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,category,time,latitude,longitude,place,description\n");
            for (long i = 1; i <= rows; i++) {
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                LocalDateTime time = start.plusMinutes(random.nextInt(4 * 365 * 24 * 60));
                double latitude = 58.95 + random.nextDouble() * 0.2;
                double longitude = 12.10 + random.nextDouble() * 0.3;
                out.write(String.format(Locale.ROOT, "B-%d,%s,%s,%.6f,%.6f,%s,Rapporterat vid %s%n", i, category,
                        format.format(time), latitude, longitude, place, place));
            }
        }
    }
}
