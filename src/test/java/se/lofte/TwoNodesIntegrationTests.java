package se.lofte;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

import se.lofte.testing.Http;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL database share their sessions: signed in through one, a person is
 * signed in on the other. They also share the key of the residents' form tokens without configuring one,
 * so a form shown by one node is accepted by the other; and they count the mails sent to an address
 * together; a scheduled task that must run once runs on one node when both tick, and every queued mail goes
 * once while both send. Only on PostgreSQL: an in-memory H2 database cannot be shared by two nodes.
 */
class TwoNodesIntegrationTests {

    private static final int QUOTA = 3;

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void nodes() {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("lofte.test.database")),
                "Two nodes need a shared PostgreSQL database (the PostgreSQL pass)");
        one = node();
        two = node();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {one, two}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aSessionStartedOnOneNodeWorksOnTheOther() {
        one.getBean(TestStaff.class).withPassword("two-nodes@bengtsfors.se", "ett lösenord för två noder");

        String session = new Http(port(one)).signIn("two-nodes@bengtsfors.se", "ett lösenord för två noder");
        Http.Answer onTwo = new Http(port(two)).get("/manage/promises", session);

        assertThat(port(two)).isNotEqualTo(port(one));
        assertThat(onTwo.status()).isEqualTo(200);
        assertThat(onTwo.body()).contains("action=\"/logout\"");
    }

    @Test
    void aFormShownByOneNodeIsAcceptedByTheOther() {
        String token = new Http(port(one)).get("/tillganglighet", null).csrf();

        Http.Answer sent = new Http(port(two)).post("/tillganglighet/rapportera", null,
                Map.of("page", "/kommun", "description", "Visad av en nod, skickad till en annan.", "_csrf", token));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/tillganglighet/tack");
    }

    @Test
    void theMailQuotaOfAnAddressHoldsAcrossNodes() {
        String address = "two-nodes-" + UUID.randomUUID() + "@example.se";
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {one, two, one, two, one}) {
            var http = new Http(port(node));
            String form = "/kommun/bengtsfors/prenumerera";
            Http.Answer sent = http.post(form, null, Map.of("email", address, "_csrf", http.get(form, null).csrf()));
            assertThat(sent.location()).endsWith("/prenumerera/skickat");
        }

        TestMail.await(address, QUOTA);
        assertThat(TestMail.to(address)).hasSize(QUOTA);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theNightlyRecomputeRunsOnOneNodeWhenBothTick(CapturedOutput output) throws Exception {
        // Whether a night's run was had is the lock row's to say; this database may have had one a minute ago.
        one.getBean(JdbcClient.class).sql("delete from shedlock where name = 'progress-nightly'").update();
        int before = runs(output);

        tickTogether("ProgressTriggers", "nightly");

        assertThat(runs(output) - before).as("nightly recomputes with two nodes ticking").isEqualTo(1);
    }

    @Test
    void everyQueuedMailGoesOnceWhileBothNodesSend() throws Exception {
        JdbcClient jdbc = one.getBean(JdbcClient.class);
        String address = "outbox-" + UUID.randomUUID() + "@example.se";
        long municipality = jdbc.sql("select id from organisation where name = 'Bengtsfors kommun'").query(Long.class)
                .single();
        long subscription = jdbc.sql("insert into subscription (email, topic_kind, topic_id, created_at, confirmed_at)"
                + " values (?, 'MUNICIPALITY', ?, current_timestamp, current_timestamp) returning id")
                .params(address, municipality).query(Long.class).single();
        int mails = 40;
        for (int i = 0; i < mails; i++) {
            jdbc.sql("insert into subscription_mail (subscription_id, subject, body, created_at, next_attempt_at)"
                    + " values (?, ?, 'Nyheter', current_timestamp, current_timestamp)")
                    .params(subscription, "Nyhet " + i).update();
        }

        try {
            tickTogether("OutboxSender", "round");

            TestMail.await(address, mails);
            Thread.sleep(500); // a second copy of any mail would have arrived by now
            var subjects = TestMail.to(address).stream().map(TwoNodesIntegrationTests::subject).toList();
            assertThat(subjects).hasSize(mails).doesNotHaveDuplicates();
            assertThat(jdbc.sql("select count(*) from subscription_mail where subscription_id = ? and sent_at is null")
                    .param(subscription).query(Long.class).single()).isZero();
        } finally {
            // The database is shared with the other tests of this pass; its mails go with the subscription.
            jdbc.sql("delete from subscription where id = ?").param(subscription).update();
        }
    }

    /** Runs the scheduled task of both nodes at the same moment, as their schedulers would at the same tick. */
    private static void tickTogether(String bean, String method) throws Exception {
        var start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> ticks = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(one, two)) {
                Runnable task = scheduled(node, bean, method);
                ticks.add(threads.submit(() -> {
                    start.await();
                    task.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> tick : ticks) {
                tick.get(2, TimeUnit.MINUTES);
            }
        }
    }

    /** The task the node's scheduler runs for a {@code @Scheduled} method, found among its scheduled tasks. */
    private static Runnable scheduled(ConfigurableApplicationContext node, String bean, String method) {
        // The scheduler wraps the method's runnable to track its outcome; the wrapper names the method.
        return node.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream().map(ScheduledTask::getTask)
                .map(Task::getRunnable).filter(r -> r.toString().endsWith("." + bean + "." + method)).findFirst()
                .orElseThrow(() -> new AssertionError("No scheduled task " + bean + "." + method));
    }

    private static int runs(CapturedOutput output) {
        return output.getAll().split("Nightly recompute: ", -1).length - 1;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext node() {
        // An argument, since default properties rank below application.properties and its PORT setting. The
        // schedules are the real ones; the tests tick them by hand, so that both nodes tick at once.
        return new SpringApplicationBuilder(Lofte.class).run("--server.port=0",
                "--lofte.mail.per-address-per-hour=" + QUOTA);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
