package se.lofte.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import se.lofte.Lofte;
import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reactions across modules survive a failure and a restart, and happen once. On the first node a goal's
 * recompute (after a logged measure) and a subscriber mail (after a published update) fail mid-way: the
 * database refuses their tables. The node stops; the tables come back; a second node on the same database
 * resubmits both at start, and the goal is recomputed and both mails are queued, once. A reaction that runs again
 * after it had done its work (a crash between its commit and its completion) changes nothing.
 *
 * <p>On H2 the nodes share a named in-memory database; on the PostgreSQL pass, the pass's database.
 */
class ReactionsAfterAFailureIntegrationTests {

    private static final String UNIT = "kontroller efter omstart";

    private final String database = "postgresql".equals(System.getProperty("lofte.test.database")) ? null
            : "jdbc:h2:mem:reactions-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aFailedRecomputeAndMailRunOnceAfterARestart() throws Exception {
        int year = TestYears.next();
        node = node(LocalDate.of(year, 4, 1));
        HikariDataSource pool = node.getBean(DataSource.class).unwrap(HikariDataSource.class);
        var direct = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);
        var promises = new TestPromises();
        promises.use(node);
        PromiseId promise = promises.published(year, promises.police(), "Minst fem kontroller.", "Kontroller", UNIT,
                0, 5, Direction.INCREASE);
        StaffMember police = police(promises.police());
        String subscriber = "omstart-" + UUID.randomUUID() + "@example.se";
        jdbc.sql("insert into subscription (email, topic_kind, topic_id, created_at, confirmed_at)"
                + " values (?, 'PROMISE', ?, current_timestamp, current_timestamp)").params(subscriber, promise.value())
                .update();
        assertThat(node.getBean(ProgressManagement.class).chooseIndicator(promise, "g1", MeasureOutputSource.KIND,
                Map.of(MeasureOutputSource.MEASURE_KIND, "trafikkontroll", "unit", UNIT), police)).isEmpty();
        Reactions.settle(jdbc);
        long changesBefore = changes(jdbc, promise);

        jdbc.sql("alter table goal_state rename to goal_state_away").update();
        jdbc.sql("alter table subscription_news rename to subscription_news_away").update();
        try {
            var logged = node.getBean(MeasureManagement.class).log(promise, new MeasureInput(List.of("c1"),
                    LocalDate.of(year, 2, 10), null, null, promises.police().id(), "trafikkontroll",
                    List.of(new MeasureInput.OutputLine("7", UNIT)),
                    "Kontroller på Storgatan.", null, false, List.of(), List.of()), police);
            assertThat(logged.problems()).isEmpty();
            var updates = node.getBean(ProgressUpdates.class);
            var update = updates.write(promise, new UpdateText(UpdateKind.PROGRESS, "Efter omstarten",
                    "Sju kontroller.", List.of("c1"), promises.police().id()), police);
            assertThat(update.problems()).isEmpty();
            updates.publish(update.id(), police);

            awaitFailed(jdbc, started, 2);
            assertThat(mails(jdbc, subscriber)).isZero();
        } finally {
            node.close();
            node = null;
            JdbcClient restore = JdbcClient.create(direct);
            restore.sql("alter table goal_state_away rename to goal_state").update();
            restore.sql("alter table subscription_news_away rename to subscription_news").update();
        }

        node = node(LocalDate.of(year, 4, 1));
        jdbc = node.getBean(JdbcClient.class);
        awaitAllComplete(jdbc, started);
        Reactions.settle(jdbc);

        assertThat(changes(jdbc, promise)).as("recorded changes of the goal").isEqualTo(changesBefore + 1);
        assertThat(jdbc.sql("select goal_value from goal_state where promise_id = ? and goal_key = 'g1'")
                .param(promise.value()).query(BigDecimal.class).single()).isEqualByComparingTo("7");
        assertThat(mails(jdbc, subscriber)).as("mails: the update and the goal's new value").isEqualTo(2);

        // A crash after a reaction's commit and before its completion was recorded: it runs again.
        jdbc.sql("update event_publication set completion_date = null, status = 'FAILED'"
                + " where publication_date > ?").param(started).update();
        node.getBean(FailedEventPublications.class).resubmit(ResubmissionOptions.defaults());
        awaitAllComplete(jdbc, started);
        Reactions.settle(jdbc);

        assertThat(changes(jdbc, promise)).isEqualTo(changesBefore + 1);
        assertThat(mails(jdbc, subscriber)).isEqualTo(2);
    }

    /**
     * A node whose clock shows {@code day} from its start, when it resubmits what is outstanding: the promise's
     * measures count up to today.
     */
    private ConfigurableApplicationContext node(LocalDate day) {
        var builder = new SpringApplicationBuilder(Lofte.class, MovableClock.Config.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (bean instanceof MovableClock clock) {
                            clock.setDay(day);
                        }
                        return bean;
                    }
                }));
        // Arguments, since default properties rank below application.properties.
        return database == null ? builder.run("--server.port=0")
                : builder.run("--server.port=0", "--spring.datasource.url=" + database);
    }

    /** An editor and analyst of the promise's police party. */
    private static StaffMember police(PromiseContent.Party party) {
        return new StaffMember("omstart-polis", "Test", false,
                Set.of(new Membership(party.id(), Role.EDITOR), new Membership(party.id(), Role.ANALYST)));
    }

    private static long changes(JdbcClient jdbc, PromiseId promise) {
        return jdbc.sql("select count(*) from progress_change where promise_id = ? and goal_key = 'g1'")
                .param(promise.value()).query(Long.class).single();
    }

    private static long mails(JdbcClient jdbc, String address) {
        return jdbc.sql("select count(*) from subscription_mail m join subscription s on s.id = m.subscription_id"
                + " where s.email = ?").param(address).query(Long.class).single();
    }

    private static void awaitFailed(JdbcClient jdbc, OffsetDateTime since, int count) {
        await(() -> jdbc.sql("select count(*) from event_publication where status = 'FAILED' and publication_date > ?")
                .param(since).query(Long.class).single() >= count, "failed reactions");
    }

    private static void awaitAllComplete(JdbcClient jdbc, OffsetDateTime since) {
        await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and publication_date > ?").param(since).query(Long.class).single() == 0, "completed reactions");
    }

    private static void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " within 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
