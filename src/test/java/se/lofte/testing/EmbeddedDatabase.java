package se.lofte.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded H2 database as Löfte runs on it by default, for tests that start Löfte on a file of their own. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * Löfte's own default H2 address, with its settings, for a database at {@code path}: read from
     * {@code application.properties}, so that the test runs on what a site gets without configuring one.
     */
    public static String defaultAddressIn(Path path) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/lofte;");
        return url.replace("./data/lofte", path.toAbsolutePath().toString());
    }
}
