package se.lofte.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import se.lofte.incidents.sources.CsvMapping;
import se.lofte.places.PlacePrecision;

/** Files and a mapping for import tests: the real samples, a CSV with broken rows, and a large generated CSV. */
final class ImportFiles {

    static final Path POLISEN = Path.of("src/test/resources/situation/polisen-events-2025-06-07.json");
    static final Path POLICE_UK = Path.of("src/test/resources/situation/police-uk-city-of-london-2019-01.csv");

    /** The mapping of {@link #broken} and {@link #large}: {@code Nr;Kategori;Datum;Lat;Lon;Kommun}. */
    static final CsvMapping MAPPING = new CsvMapping(CsvMapping.Separator.SEMICOLON, CsvMapping.Encoding.UTF_8, "Nr",
            "Kategori", null, "Datum", null, "yyyy-MM-dd HH:mm", null, CsvMapping.CoordinateSystem.WGS84, "Lat", "Lon",
            null, "Kommun", null, PlacePrecision.POINT);

    static final String BROKEN = """
            Nr;Kategori;Datum;Lat;Lon;Kommun
            1;Skadegörelse;2025-06-07 10:00;58.95;12.07;Åmål
            2;Skadegörelse;2025-02-31 10:00;58.95;12.07;Åmål
            3;;2025-06-07 10:00;58.95;12.07;Åmål
            4;Klotter;2025-06-07 11:00;58.95
            5;Klotter;2025-06-07 12:00;95.1;12.07;Åmål
            6;Klotter;2025-06-07 13:00;58.96;12.08;Åmål
            """;

    private ImportFiles() {
    }

    static Path broken(Path dir) throws IOException {
        return Files.writeString(dir.resolve("broken.csv"), BROKEN, StandardCharsets.UTF_8);
    }

    /** A CSV of {@code rows} distinct incidents in Åmål, written with the mapping above. */
    static Path large(Path dir, int rows) {
        Path file = dir.resolve("large-" + rows + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nr;Kategori;Datum;Lat;Lon;Kommun\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ";Skadegörelse;2025-0" + (1 + i % 9) + "-1" + (i % 10) + " 1" + (i % 10) + ":3" + (i % 10)
                        + ";58.9" + (i % 10) + ";12.0" + (i % 7) + ";Åmål\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
