package se.lofte.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, so that a test can say how many queries one page
 * view makes. Per thread, because scheduled work in the same application (session clean-up, mail) would
 * otherwise be counted with it; so only for MockMvc, which serves a request on the test's own thread.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCounter() {
    }

    /** How many statements this thread prepared while {@code work} ran. */
    public static int during(ThrowingRunnable work) throws Exception {
        int before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                            ? new Counting(dataSource) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if (STATEMENTS.contains(method.getName())) {
                            COUNT.get()[0]++;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
