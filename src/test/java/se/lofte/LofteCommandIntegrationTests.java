package se.lofte;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands run in-process through the same entry point as {@code java -jar lofte.jar <command>}, against
 * this test's database, which already holds the published demo promise.
 */
@SpringBootTest
class LofteCommandIntegrationTests {

    @RegisterExtension
    final CommandLine commandLine = new CommandLine();
    @Autowired
    JdbcClient jdbc;

    @Test
    void verifyRevisionsExitsZeroWhenEveryRevisionIsIntact() {
        assertThat(commandLine.run("verify-revisions")).isZero();
        assertThat(commandLine.printed()).containsPattern("Checked \\d+ published revisions: all intact.");
    }

    @Test
    void verifyRevisionsExitsOneAndNamesARevisionChangedInTheDatabase() {
        long demo = jdbc.sql("select min(promise_id) from promise_revision").query(Long.class).single();
        String original = content(demo);
        try {
            jdbc.sql("update promise_revision set content_json = ? where promise_id = ? and number = 1")
                    .params(original.replace("narkotikamissbruket", "trafiken"), demo).update();
            assertThat(commandLine.run("verify-revisions")).isEqualTo(1);
        } finally {
            jdbc.sql("update promise_revision set content_json = ? where promise_id = ? and number = 1")
                    .params(original, demo).update();
        }
        assertThat(commandLine.printed()).contains("1 failed the check", "Promise " + demo + ", revision 1:",
                "  content: the stored content no longer matches content_sha256");
    }

    @Test
    void anUnknownCommandExitsTwoAndListsTheCommands() {
        assertThat(commandLine.run("verify-everything")).isEqualTo(2);
        assertThat(commandLine.printed())
                .contains("Unknown command verify-everything. Commands: import, verify-revisions");
    }

    private String content(long promise) {
        return jdbc.sql("select content_json from promise_revision where promise_id = ? and number = 1")
                .param(promise).query(String.class).single();
    }
}
