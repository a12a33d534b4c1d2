package se.lofte;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
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

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void verifyRevisionsExitsZeroWhenEveryRevisionIsIntact() throws SQLException {
        assertThat(run("verify-revisions")).isZero();
        assertThat(printed()).containsPattern("Checked \\d+ published revisions: all intact.");
    }

    @Test
    void verifyRevisionsExitsOneAndNamesARevisionChangedInTheDatabase() throws SQLException {
        long demo = jdbc.sql("select min(promise_id) from promise_revision").query(Long.class).single();
        String original = content(demo);
        try {
            jdbc.sql("update promise_revision set content_json = ? where promise_id = ? and number = 1")
                    .params(original.replace("narkotikamissbruket", "trafiken"), demo).update();
            assertThat(run("verify-revisions")).isEqualTo(1);
        } finally {
            jdbc.sql("update promise_revision set content_json = ? where promise_id = ? and number = 1")
                    .params(original, demo).update();
        }
        assertThat(printed()).contains("1 failed the check", "Promise " + demo + ", revision 1:",
                "  content: the stored content no longer matches content_sha256");
    }

    @Test
    void anUnknownCommandExitsTwoAndListsTheCommands() throws SQLException {
        assertThat(run("verify-everything")).isEqualTo(2);
        assertThat(printed()).contains("Unknown command verify-everything. Commands: import, verify-revisions");
    }

    private int run(String command) throws SQLException {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        return Lofte.command(new String[]{command, "--spring.datasource.url=" + url},
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private String content(long promise) {
        return jdbc.sql("select content_json from promise_revision where promise_id = ? and number = 1")
                .param(promise).query(String.class).single();
    }
}
