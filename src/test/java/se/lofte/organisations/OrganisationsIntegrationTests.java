package se.lofte.organisations;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class OrganisationsIntegrationTests {

    @Autowired
    Organisations organisations;

    @Test
    void holdsAllMunicipalitiesWithTheirScbCodes() {
        var municipalities = organisations.all(OrganisationKind.MUNICIPALITY);
        assertThat(municipalities).hasSize(290);
        assertThat(municipalities).anySatisfy(m -> {
            assertThat(m.scbCode()).isEqualTo("0114");
            assertThat(m.shortName()).isEqualTo("Upplands Väsby");
            assertThat(m.slug()).isEqualTo("upplands-vasby");
            assertThat(m.name()).isEqualTo("Upplands Väsby kommun");
        });
    }

    @Test
    void holdsTheSevenPoliceRegions() {
        assertThat(organisations.all(OrganisationKind.POLICE_REGION)).extracting(Organisation::shortName)
                .containsExactlyInAnyOrder("Nord", "Mitt", "Stockholm", "Öst", "Väst", "Syd", "Bergslagen");
    }

    @Test
    void ostraFyrbodalCoversItsFourMunicipalitiesUnderRegionVast() {
        var lpo = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).stream()
                .filter(o -> o.name().equals("LPO Östra Fyrbodal")).findFirst().orElseThrow();
        assertThat(organisations.coveredMunicipalities(lpo.id())).extracting(Organisation::scbCode)
                .containsExactlyInAnyOrder("1492", "1438", "1460", "1461");
        var area = organisations.find(lpo.parentId()).orElseThrow();
        assertThat(area.name()).isEqualTo("Polisområde Fyrbodal");
        assertThat(organisations.find(area.parentId()).orElseThrow().name()).isEqualTo("Polisregion Väst");
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        assertThat(organisations.coveringLocalPoliceAreas(bengtsfors.id())).containsExactly(lpo);
    }

    @Test
    void findsMunicipalitiesByNameOrCode() {
        assertThat(organisations.searchMunicipalities("åmå")).extracting(Organisation::scbCode).containsExactly("1492");
        assertThat(organisations.searchMunicipalities("1460")).extracting(Organisation::shortName)
                .containsExactly("Bengtsfors");
        assertThat(organisations.searchMunicipalities("100%_")).isEmpty();
    }

    @Test
    void staffAddActorsAndChangeCoverage() {
        var region = organisations.all(OrganisationKind.POLICE_REGION).getFirst();
        var area = organisations.add(OrganisationKind.POLICE_AREA, "Polisområde Test " + System.nanoTime(), region.id());
        var lpo = organisations.add(OrganisationKind.LOCAL_POLICE_AREA, "LPO Test " + System.nanoTime(), area);
        var amal = organisations.municipalityBySlug("amal").orElseThrow();
        organisations.setCoverage(lpo, Set.of(amal.id()));
        assertThat(organisations.coveredMunicipalities(lpo)).containsExactly(amal);
        organisations.rename(lpo, "LPO Omdöpt " + lpo.value());
        assertThat(organisations.find(lpo).orElseThrow().name()).startsWith("LPO Omdöpt");
        organisations.setCoverage(lpo, Set.of());
        assertThat(organisations.coveredMunicipalities(lpo)).isEmpty();
    }
}
