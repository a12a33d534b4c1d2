package se.lofte.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PlacesIntegrationTests {

    static final PlaceImportSettings DISTRICTS = new PlaceImportSettings("name", AreaKind.DISTRICT, "", "invanare", "name");
    static final PlaceImportSettings MUNICIPALITY =
            new PlaceImportSettings("name", AreaKind.MUNICIPALITY, "kommunkod", "invanare", "name");

    @Autowired
    Places places;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlaceIndex index;

    OrganisationId bengtsfors;
    String source;

    @BeforeEach
    void anAnalystOfBengtsfors() {
        bengtsfors = staff.municipality("bengtsfors");
        var mellerud = staff.municipality("mellerud");
        staff.member("bengtsfors.analytiker", bengtsfors, Role.ANALYST);
        staff.member("mellerud.analytiker", mellerud, Role.ANALYST);
        source = "test-" + UUID.randomUUID();
    }

    @Test
    void importedAreasAndStreetsPlaceTheIncidentsAlreadyStored() throws IOException {
        long inCentrumOnStorgatan = incident("POINT", 59.0304, 12.2235, null);
        long inNorra = incident("POINT", 59.0400, 12.2220, null);
        long onlyMunicipality = incident("AREA", 59.0333, 12.2167, "1460");
        long farAway = incident("POINT", 59.3293, 18.0686, "0180");

        var districts = places.importGeoJson(bengtsfors, "bengtsfors-places.geojson",
                resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        assertThat(districts.problems()).isEmpty();
        assertThat(districts.areasAdded() + districts.areasReplaced()).isEqualTo(3);
        assertThat(districts.segmentsAdded() + districts.segmentsUnchanged()).isEqualTo(3);
        assertThat(placement(inCentrumOnStorgatan)).containsExactly(areaId("Centrum"), segmentId("Storgatan"));
        assertThat(placement(inNorra)).containsExactly(areaId("Norra Bengtsfors"), null);
        assertThat(placement(onlyMunicipality)).containsExactly(null, null);

        var municipality = places.importGeoJson(bengtsfors, "bengtsfors-municipality.geojson",
                resource("bengtsfors-municipality.geojson"), MUNICIPALITY, analyst());
        assertThat(municipality.problems()).isEmpty();
        long kommun = areaId("Bengtsfors kommun");
        assertThat(places.area(kommun).orElseThrow().municipalityCode()).isEqualTo("1460");
        assertThat(places.area(kommun).orElseThrow().population()).isEqualTo(9580);
        assertThat(placement(onlyMunicipality)).containsExactly(kommun, null);
        assertThat(placement(inCentrumOnStorgatan)).as("the smallest area around it")
                .containsExactly(areaId("Centrum"), segmentId("Storgatan"));
        assertThat(placement(farAway)).containsExactly(null, null);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        places.importGeoJson(bengtsfors, "a", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long areas = count("area");
        long segments = count("street_segment");
        var again = places.importGeoJson(bengtsfors, "a", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        assertThat(again.areasReplaced()).isEqualTo(3);
        assertThat(again.segmentsUnchanged()).isEqualTo(3);
        assertThat(count("area")).isEqualTo(areas);
        assertThat(count("street_segment")).isEqualTo(segments);
    }

    @Test
    void aFileWithOneBrokenFeatureSavesNothing() {
        long areas = count("area");
        String file = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "Hela världen"},
                   "geometry": {"type": "Polygon", "coordinates": [[[10, 58], [11, 58], [11, 59], [10, 59], [10, 58]]]}},
                  {"type": "Feature", "properties": {"name": "Trasig"},
                   "geometry": {"type": "Polygon", "coordinates": [[[10, 58], [11, 58], [11, 59], [10, 59]]]}}
                ]}""";
        var result = places.importGeoJson(bengtsfors, "trasig.geojson", file.getBytes(StandardCharsets.UTF_8),
                DISTRICTS, analyst());
        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.code()).isEqualTo("places.geojson.ringNotClosed");
            assertThat(p.args()).containsExactly("2", "1", "1");
        });
        assertThat(count("area")).isEqualTo(areas);
    }

    @Test
    void anotherOrganisationsAnalystMayNotImport() {
        var outsider = staff.member("mellerud.analytiker");
        assertThatThrownBy(() -> places.importGeoJson(bengtsfors, "x", new byte[]{'{', '}'}, DISTRICTS, outsider))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void anAreaInAFocusPlaceCannotBeDeletedAndDeletingItLaterPlacesItsIncidentsAgain() throws IOException {
        long inNorra = incident("POINT", 59.0400, 12.2220, null);
        places.importGeoJson(bengtsfors, "m", resource("bengtsfors-municipality.geojson"), MUNICIPALITY, analyst());
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long norra = areaId("Norra Bengtsfors");
        assertThat(placement(inNorra)).containsExactly(norra, null);
        var saved = focusPlaces.create(bengtsfors, "Norr om centrum " + source, "", Set.of(norra), Set.of(), analyst());

        assertInUse(places.deleteArea(norra, analyst()), "area", "Norr om centrum " + source);
        assertThat(places.area(norra)).isPresent();

        focusPlaces.delete(saved.id(), analyst());
        assertThat(places.deleteArea(norra, analyst())).isEmpty();
        assertThat(places.area(norra)).isEmpty();
        assertThat(placement(inNorra)).as("now in the municipality around it")
                .containsExactly(areaId("Bengtsfors kommun"), null);
    }

    @Test
    void aSegmentInAFocusPlaceCannotBeDeletedAndDeletingItLaterPlacesItsIncidentsAgain() throws IOException {
        long onStorgatan = incident("POINT", 59.0304, 12.2235, null);
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long storgatan = segmentId("Storgatan");
        assertThat(placement(onStorgatan)).containsExactly(areaId("Centrum"), storgatan);
        var saved = focusPlaces.create(bengtsfors, "Storgatan " + source, "", Set.of(), Set.of(storgatan),
                analyst());

        assertInUse(places.deleteSegment(storgatan, analyst()), "segment", "Storgatan " + source);
        assertThat(places.segment(storgatan)).isPresent();

        focusPlaces.delete(saved.id(), analyst());
        assertThat(places.deleteSegment(storgatan, analyst())).isEmpty();
        assertThat(places.segment(storgatan)).isEmpty();
        assertThat(placement(onStorgatan)).as("still in its area, on no segment").containsExactly(areaId("Centrum"),
                null);
    }

    @Test
    void populationIsEditableAndAMunicipalityNeedsItsCode() throws IOException {
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long centrum = areaId("Centrum");
        assertThat(places.updateArea(centrum, "Centrum", AreaKind.DISTRICT, 2200, analyst())).isEmpty();
        assertThat(places.area(centrum).orElseThrow().population()).isEqualTo(2200);
        assertThat(places.updateArea(centrum, "Centrum", AreaKind.MUNICIPALITY, 2200, analyst()))
                .extracting(p -> p.code()).containsExactly("places.area.municipalityNeedsCode");
    }

    @Test
    void renamingAnAreaHoldsNoConnectionAfterwards() throws IOException {
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long centrum = areaId("Centrum");
        // More renames than the test pool has connections: each looks up whether the new name is taken.
        for (int i = 0; i < 6; i++) {
            assertThat(places.updateArea(centrum, "Centrum " + i, AreaKind.DISTRICT, null, analyst())).isEmpty();
        }
        assertThat(places.updateArea(centrum, "Centrum", AreaKind.DISTRICT, null, analyst())).isEmpty();
        assertThat(((HikariDataSource) dataSource).getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    @Test
    void shapesForTheMapCarryGeometryAsWkt() throws IOException {
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        var shapes = places.shapes(Set.of(bengtsfors));
        assertThat(shapes).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(PlaceShape.Type.AREA);
            assertThat(s.name()).isEqualTo("Centrum");
            assertThat(s.wkt()).startsWith("POLYGON ((12.215 59.025");
            assertThat(s.minLon()).isEqualTo(12.215);
            assertThat(s.maxLat()).isEqualTo(59.035);
        });
        assertThat(shapes).filteredOn(s -> s.name().equals("Järnvägsgatan")).hasSize(2)
                .allSatisfy(s -> assertThat(s.wkt()).startsWith("LINESTRING"));
    }

    @Test
    void aStoredShapeThatNoLongerReadsIsLeftOutOfPlacingAndTheRestStillPlace() throws IOException {
        places.importGeoJson(bengtsfors, "d", resource("bengtsfors-places.geojson"), DISTRICTS, analyst());
        long centrum = areaId("Centrum");
        long norra = areaId("Norra Bengtsfors");
        String stored = jdbc.sql("select geometry_wkt from area where id = ?").param(centrum).query(String.class)
                .single();
        // A ring that does not close: JTS refuses it with an IllegalArgumentException, not a ParseException.
        jdbc.sql("update area set geometry_wkt = ? where id = ?")
                .params("POLYGON ((12.215 59.025, 12.23 59.025, 12.23 59.035, 12.215 59.035))", centrum).update();
        try {
            index.refresh();
            assertThat(places.areaAt(59.0400, 12.2220)).map(Area::id).contains(norra);
            assertThat(places.areaAt(59.0304, 12.2235)).map(Area::id).isNotEqualTo(java.util.Optional.of(centrum));
            assertThat(places.municipalityAreas(bengtsfors).locate(59.0400, 12.2220).districtId()).isEqualTo(norra);
        } finally {
            jdbc.sql("update area set geometry_wkt = ? where id = ?").params(stored, centrum).update();
            index.refresh();
        }
    }

    private StaffMember analyst() {
        return staff.member("bengtsfors.analytiker");
    }

    private long incident(String precision, double latitude, double longitude, String municipalityCode) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into incident (organisation_id, source, dedup_key, category, starts_at, place_precision,"
                        + " latitude, longitude, municipality_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(bengtsfors.value(), source, UUID.randomUUID().toString().replace("-", ""), "Skadegörelse",
                        OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC), precision, latitude, longitude,
                        municipalityCode)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private Long[] placement(long incident) {
        return jdbc.sql("select area_id, segment_id from incident where id = ?").param(incident)
                .query((rs, row) -> new Long[]{rs.getObject("area_id", Long.class), rs.getObject("segment_id", Long.class)})
                .single();
    }

    /** A deletion refused, at the field of what was to be deleted, naming the focus place that uses it. */
    private static void assertInUse(List<Problem> problems, String field, String focusPlace) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.code()).isEqualTo("places." + field + ".inUse");
            assertThat(p.args()).containsExactly(focusPlace);
        });
    }

    private long areaId(String name) {
        return jdbc.sql("select id from area where organisation_id = ? and name = ?").params(bengtsfors.value(), name)
                .query(Long.class).single();
    }

    private long segmentId(String name) {
        return jdbc.sql("select min(id) from street_segment where organisation_id = ? and name = ?")
                .params(bengtsfors.value(), name).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PlacesIntegrationTests.class.getResourceAsStream("/situation/" + name)) {
            return in.readAllBytes();
        }
    }
}
