package se.lofte;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Lofte.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBusinessModuleIsDetected() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("organisations", "accounts", "situation", "promises", "publishing", "site");
    }

    @Test
    void writesTheModulePicture() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
