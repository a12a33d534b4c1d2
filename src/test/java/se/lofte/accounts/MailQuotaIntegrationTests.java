package se.lofte.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.MovableClock;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Mails that anyone can make Löfte send to an address stop at the limit per address and hour, whatever
 * client asks and from how many client addresses, while every asker sees the usual answer. The limit
 * here is three, the per-client limit out of the way (test configuration).
 */
@SpringBootTest(properties = "lofte.mail.per-address-per-hour=3")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MailQuotaIntegrationTests {

    private static final String PROMISE_FORM = "/kommun/bengtsfors/medborgarlofte/2019/prenumerera";
    private static final String MUNICIPALITY_FORM = "/kommun/bengtsfors/prenumerera";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;
    @Autowired
    MovableClock clock;
    @Autowired
    MailQuota quota;

    private int client;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    @Test
    void confirmationMailsToOneAddressStopAtTheLimitAndTheAnswerStaysTheSame() throws Exception {
        String address = "bomb-" + UUID.randomUUID() + "@example.se";

        for (int i = 0; i < 6; i++) {
            subscribe(i % 2 == 0 ? PROMISE_FORM : MUNICIPALITY_FORM, address);
        }

        assertThat(settledMailsTo(address, 3)).isEqualTo(3);
    }

    @Test
    void resetMailsToOneAccountStopAtTheLimitAndTheAnswerStaysTheSame() throws Exception {
        String address = "reset-bomb-" + UUID.randomUUID() + "@bengtsfors.se";
        staff.withPassword(address, "ett lösenord som ingen gissar");

        for (int i = 0; i < 6; i++) {
            requestReset(address);
        }

        assertThat(settledMailsTo(address, 3)).isEqualTo(3);
    }

    @Test
    void resetsAndSubscriptionsShareTheLimitOfTheirAddress() throws Exception {
        String address = "both-" + UUID.randomUUID() + "@bengtsfors.se";
        staff.withPassword(address, "ett lösenord som ingen gissar");

        requestReset(address);
        requestReset(address);
        subscribe(PROMISE_FORM, address);
        subscribe(MUNICIPALITY_FORM, address);

        assertThat(settledMailsTo(address, 3)).isEqualTo(3);
    }

    @Test
    void anHourAfterTheFirstMailTheAddressGetsMailAgain() throws Exception {
        String address = "later-" + UUID.randomUUID() + "@example.se";
        for (int i = 0; i < 4; i++) {
            subscribe(PROMISE_FORM, address);
        }
        assertThat(settledMailsTo(address, 3)).isEqualTo(3);

        clock.set(clock.instant().plus(Duration.ofMinutes(61)));
        subscribe(PROMISE_FORM, address);

        assertThat(settledMailsTo(address, 4)).isEqualTo(4);
    }

    @Test
    void manyAskingAtOnceGetNoMoreThanTheQuotaBetweenThem() throws Exception {
        String address = "at-once-" + UUID.randomUUID() + "@example.se";
        List<Callable<Boolean>> askers = Collections.nCopies(12, () -> quota.take(address));

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            long granted = pool.invokeAll(askers).stream().filter(f -> {
                try {
                    return f.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            // Each asker counts after its own insert, so askers that collide may all stand back: fewer than the
            // quota may be granted when many ask at the very same moment, never more (seen on a load of 6).
            assertThat(granted).isBetween(1L, 3L);
            // What the burst left of the quota is still there, and no more: asked one by one (the address in
            // capitals is the same address), exactly the rest is granted.
            long rest = 0;
            for (int i = 0; i < 3; i++) {
                rest += quota.take(address.toUpperCase(Locale.ROOT)) ? 1 : 0;
            }
            assertThat(granted + rest).isEqualTo(3);
        }
        assertThat(jdbc.sql("select count(*) from mail_quota_use where address_hash like ?").param("%@%")
                .query(Long.class).single()).as("no address is stored").isZero();
    }

    private void subscribe(String form, String address) throws Exception {
        mvc.perform(post(form).with(csrf()).remoteAddress(anotherClient()).param("email", address))
                .andExpect(redirectedUrl("/prenumerera/skickat"));
    }

    private void requestReset(String address) throws Exception {
        mvc.perform(post("/konto/glomt-losenord").with(csrf()).remoteAddress(anotherClient()).param("email", address))
                .andExpect(redirectedUrl("/konto/glomt-losenord/skickat"));
    }

    /** Each request from a client address of its own, as from a botnet or a rotating X-Forwarded-For. */
    private String anotherClient() {
        return "198.51.100." + (++client % 250 + 1);
    }

    /**
     * How many mails the address got, once the expected number has arrived and a moment has passed for
     * any more (reset mails go out after the answer).
     */
    private static int settledMailsTo(String address, int expected) throws InterruptedException {
        TestMail.await(address, expected);
        Thread.sleep(500);
        return TestMail.to(address).size();
    }
}
