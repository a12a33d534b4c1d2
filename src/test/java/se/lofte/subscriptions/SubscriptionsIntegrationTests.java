package se.lofte.subscriptions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.MailRetries;
import se.lofte.shared.Numbers;
import se.lofte.testing.OneConnection;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subscribing to the seed promise (Bengtsfors 2019) and to a municipality through HTTP, the mails that
 * arrive at GreenMail, and the outbox. The database is shared between test classes on PostgreSQL, so every
 * test uses an address of its own.
 */
@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SubscriptionsIntegrationTests {

    static final String PROMISE_FORM = "/kommun/bengtsfors/medborgarlofte/2019/prenumerera";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NewsQueue news;
    @Autowired
    OutboxSender sender;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    SubscriptionMails mails;
    @Autowired
    Outbox outbox;
    @Autowired
    SubscriptionRows rows;
    @Autowired
    Organisations organisations;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressReading reading;
    @Autowired
    PublishedPromises published;

    @Test
    void theFormNamesThePromiseAndSaysWhatIsKept() throws Exception {
        mvc.perform(get(PROMISE_FORM))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Få nyheter om Medborgarlöfte för 2019 med e-post</h1>"),
                        containsString("action=\"" + PROMISE_FORM + "\""),
                        containsString("name=\"_csrf\""),
                        containsString("Vi sparar bara din e-postadress"),
                        containsString("href=\"/kommun/bengtsfors/medborgarlofte/2019\""))));
        mvc.perform(get("/kommun/bengtsfors/prenumerera").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("<h1>Get news of the citizen promises of Bengtsfors kommun by e-mail</h1>"),
                        containsString("What we keep"))));
    }

    @Test
    void addressesForThePublicSiteLeadToTheForm() throws Exception {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        assertThat(Subscriptions.address("bengtsfors", 2019)).isEqualTo(PROMISE_FORM);
        assertThat(Subscriptions.address(bengtsfors)).isEqualTo("/kommun/bengtsfors/prenumerera");
        mvc.perform(get(Subscriptions.address(bengtsfors))).andExpect(status().isOk());
    }

    @Test
    void nothingToFollowIsNotFound() throws Exception {
        mvc.perform(get("/kommun/ingenstans/prenumerera")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/bengtsfors/medborgarlofte/1999/prenumerera")).andExpect(status().isNotFound());
        mvc.perform(get("/kommun/bengtsfors/medborgarlofte/tjugo/prenumerera")).andExpect(status().isNotFound());
        mvc.perform(post("/kommun/ingenstans/prenumerera").with(csrf()).param("email", "a@example.se"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAddressThatCannotBeOneIsRefusedAtTheFieldAndKept() throws Exception {
        mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", "anna på example.se"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<title>Fel: Få nyheter om Medborgarlöfte för 2019 med e-post – Löfte</title>"),
                        containsString("<p class=\"error-message\" id=\"email-error\">En e-postadress kan inte"
                                + " innehålla mellanslag"),
                        containsString("href=\"#email\""),
                        containsString("value=\"anna på example.se\""),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv din e-postadress.")));
    }

    @Test
    void anAddressNoMailServerTakesIsRefusedWithWhatIsWrongAndSendsNothing() throws Exception {
        String domain = "nobody." + System.nanoTime() + ".example.se";
        String broken = "a@" + domain + "('((.(\",()";
        Document page = Jsoup.parse(mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", broken))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#email-error").text()).isEqualTo("Delen efter @ ska vara en domän som exempel.se:"
                + " bokstäverna a–z, siffror och bindestreck, med punkt mellan delarna.");
        assertThat(page.select("#email").val()).isEqualTo(broken);
        assertThat(jdbc.sql("select count(*) from subscription where email like ?").param("%" + domain + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aConfirmationLinkShowsAButtonAndConfirmsOnlyOnce() throws Exception {
        String address = unique("bekrafta");
        mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", address.toUpperCase(Locale.ROOT)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/prenumerera/skickat"));
        mvc.perform(get("/prenumerera/skickat"))
                .andExpect(content().string(allOf(containsString("Titta i din e-post"), not(containsString(address)))));

        MimeMessage mail = TestMail.await(address, 1);
        assertThat(mail.getSubject()).isEqualTo(
                "Bekräfta prenumerationen på Medborgarlöfte för 2019 / Confirm your subscription");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        String link = TestMail.path(mail, "/prenumerera/bekrafta/");
        assertThat(TestMail.body(mail)).contains("7 dagar", "7 days").doesNotContain(address);
        String stored = jdbc.sql("select confirm_hash from subscription where email = ?").param(address)
                .query(String.class).single();
        assertThat(stored).isEqualTo(LinkTokens.hash(link.substring(link.lastIndexOf('/') + 1)));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bekräfta prenumerationen"),
                        containsString("action=\"" + link + "\""), containsString("Ja, bekräfta"))));
        assertThat(confirmedAt(address)).isEmpty();

        mvc.perform(post(link).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du får ett e-brev när det finns nyheter om Medborgarlöfte för 2019.")));
        assertThat(confirmedAt(address)).isPresent();

        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Länken fungerar inte")));
        mvc.perform(post(link).with(csrf())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Länken har redan använts eller är äldre än 7 dagar")));
    }

    @Test
    void anExpiredConfirmationLinkIsRefusedAndTheAddressDeletedLater() throws Exception {
        String address = unique("gammal");
        mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", address)).andExpect(status().isFound());
        String link = TestMail.path(TestMail.await(address, 1), "/prenumerera/bekrafta/");
        OffsetDateTime eightDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(8);
        jdbc.sql("update subscription set created_at = ? where email = ?").params(eightDaysAgo, address).update();

        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Länken fungerar inte")));
        mvc.perform(post(link).with(csrf())).andExpect(status().isNotFound());
        assertThat(confirmedAt(address)).isEmpty();

        sender.round();
        assertThat(jdbc.sql("select count(*) from subscription where email = ?").param(address).query(Long.class)
                .single()).isZero();
    }

    @Test
    void askingAgainLooksTheSameAndTheMailOffersAWayOut() throws Exception {
        String address = unique("igen");
        subscribeAndConfirm(address, "/kommun/bengtsfors/prenumerera");

        mvc.perform(post("/kommun/bengtsfors/prenumerera").with(csrf()).param("email", address))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/prenumerera/skickat"));
        MimeMessage reminder = TestMail.await(address, 2);
        assertThat(reminder.getSubject()).startsWith("Du prenumererar redan på Bengtsfors kommun");
        String leave = TestMail.path(reminder, "/prenumerera/avsluta/");

        mvc.perform(get(leave)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vill du sluta få nyheter om Bengtsfors kommun?"),
                        containsString("action=\"" + leave + "\""))));
        mvc.perform(post(leave).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/prenumerera/avslutad"));
        mvc.perform(get("/prenumerera/avslutad"))
                .andExpect(content().string(containsString("Din e-postadress är raderad")));
        assertThat(jdbc.sql("select count(*) from subscription where email = ?").param(address).query(Long.class)
                .single()).isZero();
        mvc.perform(get(leave)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Det finns ingen prenumeration för den här länken")));
    }

    @Test
    void newsGoesToEachSubscriberOnceWithOneClickUnsubscribe() throws Exception {
        String both = unique("bada");
        String municipalityOnly = unique("kommunen");
        subscribeAndConfirm(both, PROMISE_FORM);
        subscribeAndConfirm(both, "/kommun/bengtsfors/prenumerera");
        subscribeAndConfirm(municipalityOnly, "/kommun/bengtsfors/prenumerera");
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id();

        news.queue(unique("nyhet"), seedPromise(), List.of(bengtsfors), "Medborgarlöfte för 2019",
                locale -> locale.getLanguage().equals("sv") ? "Trafikkontroll på Storgatan." : "Traffic control.");
        sender.sendDue();

        MimeMessage mail = TestMail.await(both, 3);
        assertThat(mail.getSubject()).isEqualTo("Medborgarlöfte för 2019: nytt om hur det går / news on progress");
        String oneClick = mail.getHeader("List-Unsubscribe")[0];
        assertThat(oneClick).matches("<http://localhost:8080/prenumerera/avsluta/[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String body = TestMail.body(mail);
        assertThat(body.indexOf("Trafikkontroll på Storgatan.")).isLessThan(body.indexOf("Traffic control."));
        assertThat(body).contains("prenumererar på nyheter om Medborgarlöfte för 2019. Sluta prenumerera: "
                + oneClick.substring(1, oneClick.length() - 1));
        assertThat(TestMail.body(TestMail.await(municipalityOnly, 2))).contains("nyheter om Bengtsfors kommun");
        Thread.sleep(300);
        assertThat(TestMail.to(both)).hasSize(3);

        String path = oneClick.substring(oneClick.indexOf("/prenumerera/"), oneClick.length() - 1);
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(""));
        assertThat(jdbc.sql("select count(*) from subscription where email = ? and topic_kind = 'PROMISE'")
                .param(both).query(Long.class).single()).isZero();
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
    }

    @Test
    void mailWaitsWhileTheMailServerIsDownAndGoesWhenItIsBack(CapturedOutput log) throws Exception {
        String address = unique("nere");
        long mail = queuedMail(address, "Ny insats.");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);

        assertThat(senderAt(start, closedPort()).sendDue()).isZero();
        assertThat(attempts(mail)).isEqualTo(1);
        assertThat(senderAt(start.plusSeconds(30), mailSender).sendDue()).as("not due before its retry").isZero();
        assertThat(senderAt(start.plusMinutes(2), closedPort()).sendDue()).isZero();
        assertThat(attempts(mail)).isEqualTo(2);
        assertThat(log.getOut()).contains("Subscription mail " + mail + " not sent (attempt 2), next try in PT4M")
                .doesNotContain(address);

        senderAt(start.plusMinutes(10), mailSender).sendDue();
        MimeMessage arrived = TestMail.await(address, 2);
        assertThat(TestMail.body(arrived)).contains("Ny insats.");
        assertThat(jdbc.sql("select unsubscribe_token from subscription_mail where id = ? and sent_at is not null")
                .param(mail).query(String.class).optional()).as("the token is not kept once sent").isEmpty();
    }

    @Test
    void mailIsGivenUpAfterItsLastAttempt(CapturedOutput log) throws Exception {
        String address = unique("aldrig");
        long mail = queuedMail(address, "Ännu en insats.");
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < MailRetries.MAX_ATTEMPTS; i++) {
            senderAt(at, closedPort()).sendDue();
            at = at.plusDays(1);
        }
        assertThat(attempts(mail)).isEqualTo(MailRetries.MAX_ATTEMPTS);
        assertThat(jdbc.sql("select count(*) from subscription_mail where id = ? and given_up_at is not null")
                .param(mail).query(Long.class).single()).isOne();
        assertThat(log.getOut()).contains("Subscription mail " + mail + " given up after 6 attempts")
                .doesNotContain(address);

        senderAt(at, mailSender).sendDue();
        Thread.sleep(300);
        assertThat(TestMail.to(address)).hasSize(1);
    }

    @Test
    void aPublishedUpdateIsMailedUntilTheSubscriberLeavesWithOneClick() throws Exception {
        String address = unique("hela-vagen");
        mvc.perform(post(PROMISE_FORM).with(csrf()).param("email", address)).andExpect(status().isFound());
        String confirm = TestMail.path(TestMail.await(address, 1), "/prenumerera/bekrafta/");
        mvc.perform(get(confirm)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<button type=\"submit\" class=\"button\">Ja, bekräfta</button>")));
        mvc.perform(post(confirm).with(csrf())).andExpect(status().isOk());

        publishUpdate("Trafikkontroller i maj", "Vi gjorde sju kontroller på Storgatan.");
        Reactions.settle(jdbc);
        sender.sendDue();

        MimeMessage mail = TestMail.await(address, 2);
        assertThat(mail.getSubject()).isEqualTo("Medborgarlöfte för 2019: nytt om hur det går / news on progress");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(TestMail.body(mail)).contains("Så går det: Trafikkontroller i maj",
                "Vi gjorde sju kontroller på Storgatan.", "LPO Östra Fyrbodal",
                "http://localhost:8080/kommun/bengtsfors/medborgarlofte/2019", "How it is going: Trafikkontroller i maj",
                header.substring(1, header.length() - 1));

        mvc.perform(post(header.substring(header.indexOf("/prenumerera/"), header.length() - 1))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from subscription where email = ?").param(address).query(Long.class)
                .single()).isZero();

        publishUpdate("Trafikkontroller i juni", "Fem kontroller till.");
        Reactions.settle(jdbc);
        sender.sendDue();
        Thread.sleep(300);
        assertThat(TestMail.to(address)).hasSize(2);
    }

    @Test
    void aChangedGoalIsMailedWithItsValueTargetAndStatus() throws Exception {
        String address = unique("malet");
        subscribeAndConfirm(address, "/kommun/bengtsfors/prenumerera");
        PublishedRevision seed = seedRevision();
        StaffMember police = staff(seed, Role.ANALYST);
        assertThat(progress.chooseIndicator(seed.promiseId(), "g1", "manual", Map.of(), police)).isEmpty();
        // On PostgreSQL the seed promise is shared with the tests that ran before in this JVM: their goal changes
        // may still be on their way to every subscriber, this one too. Let them arrive first, then count.
        Reactions.settle(jdbc);
        sender.sendDue();
        int mailsBefore = TestMail.to(address).size();
        BigDecimal now = reading.goals(seed.promiseId()).stream().filter(g -> g.goalKey().equals("g1"))
                .map(GoalProgress::value).filter(Objects::nonNull).findFirst().orElse(BigDecimal.ZERO);
        // A decimal, so that each language's part of the mail is seen to write it its own way.
        BigDecimal next = now.add(new BigDecimal("1.5"));

        // On the goal's deadline, the latest day a count is read for: it becomes the goal's value.
        var g1 = seed.content().goals().stream().filter(g -> g.key().equals("g1")).findFirst().orElseThrow();
        var day = g1.numeric().deadline() != null ? g1.numeric().deadline() : seed.content().end();
        assertThat(progress.recordCount(seed.promiseId(), "g1", next.toPlainString(), day.toString(), police))
                .isEmpty();
        Reactions.settle(jdbc);
        sender.sendDue();

        String body = TestMail.body(TestMail.await(address, mailsBefore + 1));
        assertThat(body).contains("lagföra minst fem individer", "nytt värde: " + Numbers.swedish(next),
                "Målet är 5", "has a new value: " + Numbers.of(next, Locale.ENGLISH), "nyheter om Bengtsfors kommun",
                "Målet ”Polisen har som mål");
    }

    private void publishUpdate(String title, String text) {
        PublishedRevision seed = seedRevision();
        var police = seed.content().parties().getFirst();
        StaffMember editor = staff(seed, Role.EDITOR);
        var saved = updates.write(seed.promiseId(), new UpdateText(UpdateKind.PROGRESS, title, text, List.of("c1"),
                police.id()), editor);
        assertThat(saved.problems()).isEmpty();
        updates.publish(saved.id(), editor);
    }

    /** A member of the seed promise's police party. */
    private static StaffMember staff(PublishedRevision seed, Role role) {
        var police = seed.content().parties().getFirst();
        return new StaffMember("prenumeration-" + role.name().toLowerCase(Locale.ROOT), "Test", false,
                Set.of(new Membership(police.id(), role)));
    }

    private PublishedRevision seedRevision() {
        return published.latest(seedPromise()).orElseThrow();
    }

    /**
     * A new subscriber of the seed promise with one news mail queued for them, and its id. Whatever was due
     * before is sent first, so that only this test's mails wait.
     */
    private long queuedMail(String address, String text) throws Exception {
        subscribeAndConfirm(address, PROMISE_FORM);
        sender.sendDue();
        news.queue(unique("nyhet"), seedPromise(), List.of(), "Medborgarlöfte för 2019", locale -> text);
        return jdbc.sql("select m.id from subscription_mail m join subscription s on s.id = m.subscription_id"
                + " where s.email = ?").param(address).query(Long.class).single();
    }

    private void subscribeAndConfirm(String address, String form) throws Exception {
        int before = TestMail.to(address).size();
        mvc.perform(post(form).with(csrf()).param("email", address)).andExpect(status().isFound());
        String link = TestMail.path(TestMail.await(address, before + 1), "/prenumerera/bekrafta/");
        mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
    }

    private OutboxSender senderAt(OffsetDateTime now, JavaMailSender through) {
        return new OutboxSender(through, mails, outbox, rows, Clock.fixed(now.toInstant(), ZoneOffset.UTC));
    }

    /** A mail sender to a port where nothing listens: the SMTP server is down. */
    private static JavaMailSender closedPort() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(port);
        return closed;
    }

    private int attempts(long mail) {
        return jdbc.sql("select attempts from subscription_mail where id = ?").param(mail).query(Integer.class).single();
    }

    private Optional<OffsetDateTime> confirmedAt(String address) {
        return jdbc.sql("select confirmed_at from subscription where email = ?").param(address)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single();
    }

    private PromiseId seedPromise() {
        return new PromiseId(jdbc.sql("select min(id) from promise").query(Long.class).single());
    }

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@example.se";
    }
}
