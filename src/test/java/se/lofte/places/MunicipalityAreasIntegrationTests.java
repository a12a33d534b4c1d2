package se.lofte.places;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.MunicipalityAreas.Location;
import se.lofte.places.MunicipalityAreas.Verdict;
import se.lofte.shared.Slugs;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a map point lies in a municipality: its outline alone says whether the point is in it, its districts only in
 * which part; without an outline the point cannot be checked and is accepted. Two made-up municipalities of their own,
 * so that no other test's places change the answers: Gränsby with an outline and one district, Delby with two
 * districts and no outline.
 */
@SpringBootTest
class MunicipalityAreasIntegrationTests {

    private static final PlaceImportSettings OUTLINE =
            new PlaceImportSettings("name", AreaKind.MUNICIPALITY, "kommunkod", "", "name");
    private static final PlaceImportSettings DISTRICTS =
            new PlaceImportSettings("name", AreaKind.DISTRICT, "kommunkod", "", "name");

    @Autowired
    Places places;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;

    OrganisationId gransby;
    OrganisationId delby;

    @BeforeEach
    void twoMunicipalitiesWithTheirAreas() {
        gransby = municipality("Gränsby", "9961");
        delby = municipality("Delby", "9962");
        // Importing again replaces the areas of the same name, so this holds however often it runs on one database.
        imported(gransby, OUTLINE, area("Gränsby kommun", "9961", 13.0, 60.0, 13.4, 60.4));
        imported(gransby, DISTRICTS, area("Gränsby centrum", "9961", 13.1, 60.1, 13.2, 60.2));
        imported(delby, DISTRICTS, area("Delby norr", "9962", 14.0, 60.1, 14.1, 60.2) + ","
                + area("Delby söder", "9962", 14.0, 60.0, 14.1, 60.1));
    }

    @Test
    void withAnOutlineAPointInsideIsAcceptedAndOneOutsideRefused() {
        MunicipalityAreas areas = places.municipalityAreas("9961");
        assertThat(areas.outlineKnown()).isTrue();
        long outline = id(areas, "Gränsby kommun");
        long centrum = id(areas, "Gränsby centrum");

        assertThat(areas.locate(60.15, 13.15)).isEqualTo(new Location(Verdict.INSIDE, centrum, centrum));
        assertThat(areas.locate(60.15, 13.15).accepted()).isTrue();
        assertThat(areas.locate(60.30, 13.30)).as("in the outline, in no district")
                .isEqualTo(new Location(Verdict.INSIDE, null, outline));
        assertThat(areas.locate(60.30, 13.30).accepted()).isTrue();
        assertThat(areas.locate(60.50, 13.30)).isEqualTo(new Location(Verdict.OUTSIDE, null, null));
        assertThat(areas.locate(60.50, 13.30).accepted()).isFalse();
    }

    @Test
    void withoutAnOutlineAPointIsAcceptedAndPlacedInTheDistrictThatHoldsIt() {
        MunicipalityAreas areas = places.municipalityAreas("9962");
        assertThat(areas.outlineKnown()).isFalse();
        long norr = id(areas, "Delby norr");

        assertThat(areas.locate(60.15, 14.05)).isEqualTo(new Location(Verdict.UNCHECKED, norr, norr));
        assertThat(areas.locate(60.15, 14.05).accepted()).isTrue();
        assertThat(areas.locate(60.15, 14.50)).as("outside every district, maybe still in the municipality")
                .isEqualTo(new Location(Verdict.UNCHECKED, null, null));
        assertThat(areas.locate(60.15, 14.50).accepted()).isTrue();
    }

    @Test
    void aMunicipalityWithoutAreasChecksNothingAndHasNoBox() {
        MunicipalityAreas none = places.municipalityAreas("9963");
        assertThat(none.areas()).isEmpty();
        assertThat(none.bounds()).isEmpty();
        assertThat(none.locate(60.0, 14.0)).isEqualTo(new Location(Verdict.UNCHECKED, null, null));
    }

    @Test
    void theAreasAMunicipalityDrewAnswerAlikeAndTheBoxHoldsThemAll() {
        MunicipalityAreas drawn = places.municipalityAreas(gransby);
        assertThat(drawn.areas()).extracting(PlaceShape::name).containsExactly("Gränsby kommun", "Gränsby centrum");
        assertThat(drawn.locate(60.30, 13.30).verdict()).isEqualTo(Verdict.INSIDE);
        assertThat(drawn.locate(60.50, 13.30).verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(drawn.bounds()).contains(new MapBounds(60.0, 13.0, 60.4, 13.4));
        assertThat(places.municipalityAreas(delby).bounds()).contains(new MapBounds(60.0, 14.0, 60.2, 14.1));
        assertThat(places.municipalityAreas(delby).locate(60.15, 14.50).accepted()).isTrue();
    }

    private OrganisationId municipality(String name, String code) {
        return organisations.municipalityBySlug(Slugs.of(name)).map(o -> o.id())
                .orElseGet(() -> organisations.addFictionalMunicipality(name, code, "Provlän"));
    }

    private void imported(OrganisationId municipality, PlaceImportSettings settings, String features) {
        var analyst = staff.member("areas.analytiker." + municipality.value(), municipality, Role.ANALYST);
        String file = "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
        var result = places.importGeoJson(municipality, "areas.geojson", file.getBytes(StandardCharsets.UTF_8), settings,
                analyst);
        assertThat(result.problems()).isEmpty();
    }

    private static String area(String name, String code, double west, double south, double east, double north) {
        return """
                {"type": "Feature", "properties": {"name": "%s", "kommunkod": "%s"},
                 "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}"""
                .formatted(name, code, west, south, east, south, east, north, west, north, west, south);
    }

    private static long id(MunicipalityAreas areas, String name) {
        return areas.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
