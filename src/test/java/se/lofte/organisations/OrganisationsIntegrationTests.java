package se.lofte.organisations;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest
class OrganisationsIntegrationTests {

    @Autowired
    Organisations organisations;

    @Test
    void holdsAllMunicipalitiesWithTheirScbCodes() {
        var municipalities = organisations.all(OrganisationKind.MUNICIPALITY);
        // The 290 of SCB; fictional ones (the example, test towns of other tests in a shared database) are marked.
        assertThat(municipalities.stream().filter(m -> !m.fictional())).hasSize(290);
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

    @Test
    void renamingFreesTheOldNameAndTakesTheNewOne() {
        String old = "Bostadsbolaget " + System.nanoTime();
        var actor = organisations.add(OrganisationKind.OTHER_ACTOR, old, null);

        organisations.rename(actor, old + " Nya");

        assertThat(organisations.nameTaken(OrganisationKind.OTHER_ACTOR, old, null)).isFalse();
        assertThat(organisations.nameTaken(OrganisationKind.OTHER_ACTOR, old + " nya", null)).isTrue();
        assertThat(organisations.nameTaken(OrganisationKind.OTHER_ACTOR, old + " Nya", actor)).isFalse();
        organisations.add(OrganisationKind.OTHER_ACTOR, old, null);
    }

    @Test
    void nameTakenComparesMunicipalityNamesNotTheirAddresses() {
        assertThat(organisations.nameTaken(OrganisationKind.MUNICIPALITY, "Åmål kommun", null)).isTrue();
        assertThat(organisations.nameTaken(OrganisationKind.MUNICIPALITY, "Åmål", null)).isFalse();
    }

    @Test
    void refusesParentsOfTheWrongKind() {
        var vast = organisations.all(OrganisationKind.POLICE_REGION).stream()
                .filter(o -> o.name().equals("Polisregion Väst")).findFirst().orElseThrow();
        var amal = organisations.municipalityBySlug("amal").orElseThrow();
        long unique = System.nanoTime();

        assertThatIllegalArgumentException().isThrownBy(() ->
                organisations.add(OrganisationKind.LOCAL_POLICE_AREA, "LPO Under Region " + unique, vast.id()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                organisations.add(OrganisationKind.POLICE_AREA, "Polisområde Utan Region " + unique, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                organisations.add(OrganisationKind.OTHER_ACTOR, "Aktör Under Region " + unique, vast.id()));
        assertThatIllegalArgumentException().isThrownBy(() -> organisations.setParent(amal.id(), vast.id()));
    }

    @Test
    void coversOnlyMunicipalities() {
        var region = organisations.all(OrganisationKind.POLICE_REGION).getFirst();
        var area = organisations.add(OrganisationKind.POLICE_AREA, "Polisområde Täckning " + System.nanoTime(), region.id());
        var lpo = organisations.add(OrganisationKind.LOCAL_POLICE_AREA, "LPO Täckning " + System.nanoTime(), area);
        var amal = organisations.municipalityBySlug("amal").orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> organisations.setCoverage(lpo, Set.of(area)));
        assertThatIllegalArgumentException().isThrownBy(() -> organisations.setCoverage(area, Set.of(amal.id())));
        assertThat(organisations.coveredMunicipalities(lpo)).isEmpty();
    }

    @Test
    void listsInSwedishAlphabeticalOrderOnEveryDatabase() {
        var names = organisations.all(OrganisationKind.MUNICIPALITY).stream().map(Organisation::shortName).toList();
        assertThat(names.getFirst()).isEqualTo("Ale");
        assertThat(names.subList(names.size() - 3, names.size())).containsExactly("Östra Göinge", "Överkalix", "Övertorneå");
        assertThat(names.indexOf("Åmål")).isLessThan(names.indexOf("Älmhult")).isGreaterThan(names.indexOf("Ydre"));
    }

    @Test
    void policeHierarchyNestsAreasAndLocalAreasWithTheirMunicipalities() {
        var vast = organisations.policeHierarchy().regions().stream()
                .filter(r -> r.region().name().equals("Polisregion Väst")).findFirst().orElseThrow();
        var fyrbodal = vast.areas().stream()
                .filter(a -> a.area().name().equals("Polisområde Fyrbodal")).findFirst().orElseThrow();
        var ostra = fyrbodal.localAreas().stream()
                .filter(l -> l.localArea().name().equals("LPO Östra Fyrbodal")).findFirst().orElseThrow();
        assertThat(ostra.municipalities()).extracting(Organisation::shortName)
                .containsExactly("Bengtsfors", "Dals-Ed", "Mellerud", "Åmål");
    }

    @Test
    void updateSavesNameParentAndCoverageTogether() {
        var regions = organisations.all(OrganisationKind.POLICE_REGION);
        var first = organisations.add(OrganisationKind.POLICE_AREA, "Polisområde Ett " + System.nanoTime(), regions.get(0).id());
        var second = organisations.add(OrganisationKind.POLICE_AREA, "Polisområde Två " + System.nanoTime(), regions.get(1).id());
        var lpo = organisations.add(OrganisationKind.LOCAL_POLICE_AREA, "LPO Före " + System.nanoTime(), first);
        var ydre = organisations.municipalityBySlug("ydre").orElseThrow();

        organisations.update(lpo, "LPO Efter " + lpo.value(), second, Set.of(ydre.id()));

        var updated = organisations.find(lpo).orElseThrow();
        assertThat(updated.name()).isEqualTo("LPO Efter " + lpo.value());
        assertThat(updated.shortName()).isEqualTo("Efter " + lpo.value());
        assertThat(updated.parentId()).isEqualTo(second);
        assertThat(organisations.coveringLocalPoliceAreasByMunicipality().get(ydre.id())).contains(updated);
    }
}
