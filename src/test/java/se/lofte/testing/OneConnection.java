package se.lofte.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a test's application with ONE pooled database connection, waited for three seconds at most (the
 * {@code one-connection} profile, {@code config/application-one-connection.properties}). A request that asks
 * for a second connection while it holds one then waits for itself and fails in the test, instead of passing
 * here and, in production, holding the whole pool with enough readers at once.
 *
 * <p>Only Flyway is let past the pool: it opens a second connection for its migrations by design, once at
 * start, which is no request's business.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("one-connection")
@Import(OneConnection.MigrationsOutsideThePool.class)
public @interface OneConnection {

    @TestConfiguration(proxyBeanMethods = false)
    class MigrationsOutsideThePool {

        /** Flyway connects to the same database by itself (the pool's URL is resolved once, random name and all). */
        @Bean
        FlywayConfigurationCustomizer migrationsOutsideThePool(DataSource dataSource) {
            return configuration -> {
                try {
                    var pool = dataSource.unwrap(HikariDataSource.class);
                    configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("The one-connection tests need Hikari's pool", e);
                }
            };
        }
    }
}
