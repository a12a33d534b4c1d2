package se.lofte.organisations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import se.lofte.shared.Slugs;

/**
 * Loads the reference data once, as a migration so that it runs exactly once per database: the 290
 * municipalities from SCB's codes (shipped in the jar), the seven police regions, and the police area and
 * local police area of the demo promise. Other police areas and local police areas are added by staff.
 */
@Component
class V2__ReferenceData extends BaseJavaMigration {

    /** The seven police regions, as organised since 2015. */
    private static final List<String> REGIONS =
            List.of("Nord", "Mitt", "Stockholm", "Öst", "Väst", "Syd", "Bergslagen");

    private static final List<String> OSTRA_FYRBODAL = List.of("1492", "1438", "1460", "1461");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> municipalityIds = insertMunicipalities(connection);
        Map<String, Long> regionIds = new HashMap<>();
        for (String region : REGIONS) {
            String name = "Polisregion " + region;
            regionIds.put(region, insert(connection, OrganisationKind.POLICE_REGION, name, region, null));
        }
        long fyrbodal = insert(connection, OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal", "Fyrbodal",
                regionIds.get("Väst"));
        long ostraFyrbodal = insert(connection, OrganisationKind.LOCAL_POLICE_AREA, "LPO Östra Fyrbodal",
                "Östra Fyrbodal", fyrbodal);
        try (PreparedStatement coverage = connection.prepareStatement(
                "insert into police_coverage (local_police_area_id, municipality_id) values (?, ?)")) {
            for (String code : OSTRA_FYRBODAL) {
                coverage.setLong(1, ostraFyrbodal);
                coverage.setLong(2, municipalityIds.get(code));
                coverage.addBatch();
            }
            coverage.executeBatch();
        }
    }

    private Map<String, Long> insertMunicipalities(Connection connection) throws IOException, SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Reader reader = new InputStreamReader(
                V2__ReferenceData.class.getResourceAsStream("/reference/municipalities.csv"), StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement(
                     "insert into organisation (kind, name, short_name, slug, scb_code, county_code, county_name)"
                             + " values ('MUNICIPALITY', ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            Set<String> slugs = new HashSet<>();
            for (CSVRecord row : format.parse(reader)) {
                String name = row.get("municipality_name");
                // Håbo and Habo fold to the same slug: the first in SCB order keeps it, the next gets its code.
                String slug = Slugs.of(name);
                if (!slugs.add(slug)) {
                    slug = slug + "-" + row.get("municipality_code");
                }
                insert.setString(1, name + " kommun");
                insert.setString(2, name);
                insert.setString(3, slug);
                insert.setString(4, row.get("municipality_code"));
                insert.setString(5, row.get("county_code"));
                insert.setString(6, row.get("county_name"));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.put(row.get("municipality_code"), keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private long insert(Connection connection, OrganisationKind kind, String name, String shortName, Long parent)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into organisation (kind, name, short_name, slug, parent_id) values (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.name());
            insert.setString(2, name);
            insert.setString(3, shortName);
            insert.setString(4, Slugs.of(name));
            insert.setObject(5, parent);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
