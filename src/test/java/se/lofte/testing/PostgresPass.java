package se.lofte.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL pass of the integration tests (second surefire execution, {@code lofte.test.database=postgresql}).
 * Before the first test it recreates the test database so each run starts empty. Where no server answers,
 * the pass is skipped with a message, except in CI ({@code CI=true}), where that is a failure.
 * Registered for every test class through {@code META-INF/services}.
 */
public class PostgresPass implements ExecutionCondition {

    private static volatile ConditionEvaluationResult result;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("lofte.test.database"))) {
            return ConditionEvaluationResult.enabled("embedded H2 pass");
        }
        if (result == null) {
            synchronized (PostgresPass.class) {
                if (result == null) {
                    result = prepare();
                }
            }
        }
        return result;
    }

    /**
     * On the PostgreSQL pass, the address of an empty database of its own beside the pass's (named with the
     * suffix), for a test whose data must not reach the tests that share the pass's database; null on H2, where
     * every Spring context has a database of its own anyway.
     */
    public static String ownDatabase(String suffix) {
        if (!"postgresql".equals(System.getProperty("lofte.test.database"))) {
            return null;
        }
        String url = System.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "") + "_" + suffix;
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the database " + database, e);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private static ConditionEvaluationResult prepare() {
        String url = System.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl,
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
            return ConditionEvaluationResult.enabled("PostgreSQL database " + database + " recreated");
        } catch (SQLException e) {
            String message = "PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI must run the PostgreSQL pass", e);
            }
            return ConditionEvaluationResult.disabled(message + ": PostgreSQL pass skipped");
        }
    }
}
