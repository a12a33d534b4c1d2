package se.lofte;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep to the dependencies each declares in its {@code package-info.java}, and the pictures of them in
 * docs/modules are the ones the code draws today.
 */
class ModularityTests {

    /** Where Documenter writes in a Maven build, and where the committed copies live. */
    private static final Path DRAWN = Path.of("target/spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(Lofte.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void everyBusinessModuleIsDetected() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("organisations", "accounts", "situation", "promises", "publishing", "site");
    }

    /**
     * Compared line by line, in any order: PlantUML does not care in which order relations are listed, and a
     * picture should not fail the build for that.
     */
    @Test
    void theCommittedModulePicturesAreTheOnesTheCodeDraws() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        List<String> drawn = pictures(DRAWN);
        assertThat(pictures(COMMITTED)).as("pictures in %s; after a change of modules copy %s/*.puml there",
                COMMITTED, DRAWN).isEqualTo(drawn);
        for (String picture : drawn) {
            assertThat(sortedLines(COMMITTED.resolve(picture))).as("%s/%s is out of date: copy it from %s", COMMITTED,
                    picture, DRAWN).isEqualTo(sortedLines(DRAWN.resolve(picture)));
        }
    }

    private static List<String> pictures(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".puml")).sorted().toList();
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).sorted().toList();
    }
}
