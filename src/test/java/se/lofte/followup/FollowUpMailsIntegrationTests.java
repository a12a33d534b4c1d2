package se.lofte.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail around a joint follow-up on a real database and a real SMTP server: the reminder before a follow-up period
 * ends, to both parties' editors and signatories and nobody else, once however often the check runs; the word that
 * the other party has signed; and the subscribers' news when the follow-up is published. Every link in the mails
 * opens its page for the staff it went to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class FollowUpMailsIntegrationTests {

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    TestStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FailedEventPublications failed;

    @Test
    void bothPartiesAreRemindedOnceWhenTheHalfYearEndsWithinThirtyDays() throws Exception {
        int year = TestYears.next();
        PromiseId id = publishedIn(year);
        String policeEditor = staffOf(fixtures.police().id(), "reminder.polis", year, Role.EDITOR);
        String municipalSignatory = staffOf(fixtures.municipality().id(), "reminder.kommun", year, Role.SIGNATORY,
                Role.EDITOR);
        String elsewhere = staffOf(otherMunicipality(), "reminder.annan", year, Role.EDITOR, Role.SIGNATORY);

        clock.setDay(LocalDate.of(year, 5, 30));
        reminders.queueDue();
        assertThat(queued(id, "PERIOD_ENDS")).as("31 days before June 30").isZero();

        clock.setDay(LocalDate.of(year, 5, 31));
        reminders.queueDue();
        assertThat(queued(id, "PERIOD_ENDS")).as("one per party").isEqualTo(2);
        reminders.queueDue();
        reminders.daily();
        reminders.daily();
        assertThat(queued(id, "PERIOD_ENDS")).as("the check ran again").isEqualTo(2);
        reminders.sendRound();

        MimeMessage mail = TestMail.await(policeEditor, 1);
        TestMail.await(municipalSignatory, 1);
        assertThat(mail.getSubject()).isEqualTo("Påminnelse: uppföljningen av Medborgarlöfte " + year
                + " / Reminder: the follow-up of Medborgarlöfte " + year);
        assertThat(TestMail.body(mail)).contains(
                "Halvårsuppföljning " + year + " av medborgarlöftet ”Medborgarlöfte " + year
                        + "” är inte publicerad ännu. Uppföljningsperioden slutar 30 juni " + year + ".",
                "redaktör eller undertecknare för LPO Östra Fyrbodal",
                "Half-year follow-up " + year + " of the citizen promise “Medborgarlöfte " + year
                        + "” is not published yet. The follow-up period ends on 30 June " + year + ".");
        String link = TestMail.path(mail, "/manage/promises/");
        assertThat(link).isEqualTo("/manage/promises/" + id + "/followups");
        assertThat(TestMail.body(mail)).contains("http://localhost:8080" + link);
        mvc.perform(get(link).with(user(policeEditor))).andExpect(status().isOk());
        mvc.perform(get(link)).andExpect(redirectedUrl("/login")); // signed out: the sign-in first

        clock.setDay(LocalDate.of(year, 6, 10));
        reminders.queueDue();
        reminders.sendRound();
        clock.setDay(LocalDate.of(year, 12, 1));
        reminders.queueDue();
        reminders.sendRound();
        Thread.sleep(300);
        assertThat(TestMail.to(policeEditor)).as("the half year once, then the year's end").hasSize(2);
        assertThat(TestMail.body(TestMail.to(policeEditor).get(1))).contains("Helårsuppföljning " + year,
                "slutar 31 december " + year);
        assertThat(TestMail.to(municipalSignatory)).hasSize(2);
        assertThat(TestMail.to(elsewhere)).as("not a party").isEmpty();
    }

    @Test
    void twoChecksAtOnceQueueEachReminderOnce() throws Exception {
        int year = TestYears.next();
        PromiseId id = publishedIn(year);
        String policeEditor = staffOf(fixtures.police().id(), "reminder.samtidigt", year, Role.EDITOR);
        clock.setDay(LocalDate.of(year, 12, 24));

        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = reminders::queueDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(check, check));
            for (Future<Integer> run : runs) {
                run.get();
            }
            Callable<Void> send = () -> {
                reminders.sendRound();
                return null;
            };
            for (Future<Void> run : pool.invokeAll(List.of(send, send))) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.sendRound();

        assertThat(queued(id, "PERIOD_ENDS")).as("once per party").isEqualTo(2);
        TestMail.await(policeEditor, 1);
        Thread.sleep(300);
        assertThat(TestMail.to(policeEditor)).hasSize(1);
    }

    @Test
    void aSignatureTellsTheOtherPartyAndThePublishedFollowUpIsNewsForSubscribersOnce() throws Exception {
        int year = TestYears.next();
        PromiseId id = publishedIn(year);
        StaffMember police = staff.member(staffOf(fixtures.police().id(), "signed.polis", year, Role.EDITOR,
                Role.SIGNATORY));
        String municipalAddress = staffOf(fixtures.municipality().id(), "signed.kommun", year, Role.EDITOR,
                Role.SIGNATORY);
        StaffMember municipality = staff.member(municipalAddress);
        String subscriber = "uppfoljning." + year + "@example.se";
        jdbc.sql("insert into subscription (email, topic_kind, topic_id, created_at, confirmed_at)"
                + " values (?, 'PROMISE', ?, current_timestamp, current_timestamp)").params(subscriber, id.value())
                .update();

        clock.setDay(LocalDate.of(year, 6, 1));
        var view = assessedHalfYear(id, year, police);

        followUps.sign(view.id(), fixtures.police().id(), police);
        Reactions.settle(jdbc);
        reminders.sendRound();
        MimeMessage mail = TestMail.await(municipalAddress, 1);
        assertThat(mail.getSubject()).startsWith("LPO Östra Fyrbodal har undertecknat uppföljningen av Medborgarlöfte "
                + year);
        assertThat(TestMail.body(mail)).contains("LPO Östra Fyrbodal har undertecknat halvårsuppföljning " + year
                        + " av medborgarlöftet ”Medborgarlöfte " + year + "”. Nu saknas underskriften från Bengtsfors",
                "LPO Östra Fyrbodal has signed the half-year follow-up " + year);
        String link = TestMail.path(mail, "/manage/promises/");
        assertThat(link).isEqualTo("/manage/promises/" + id + "/followups/" + view.id());
        mvc.perform(get(link).with(user(municipalAddress))).andExpect(status().isOk());

        followUps.sign(view.id(), fixtures.municipality().id(), municipality);
        Reactions.settle(jdbc);
        assertThat(queued(id, "OTHER_PARTY_SIGNED")).as("nobody is left to sign").isOne();

        var revision = followUps.publish(view.id(), police, "Polisens redaktör");
        Reactions.settle(jdbc);
        var event = new FollowUpPublished(view.id(), id, revision.number(), year, FollowUpKind.HALF_YEAR);
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
        Reactions.settle(jdbc);
        List<String> news = jdbc.sql("select m.body from subscription_mail m join subscription s"
                + " on s.id = m.subscription_id where s.email = ?").param(subscriber).query(String.class).list();
        assertThat(news).as("once, though the reaction ran twice").hasSize(1);
        assertThat(news.getFirst()).contains("Uppföljning: halvårsuppföljningen " + year + " är publicerad.",
                "1 av 2 mål nådda.", "2 av 2 åtaganden uppfyllda.",
                "Läs mer: http://localhost:8080/kommun/bengtsfors/medborgarlofte/" + year,
                "Follow-up: the half-year follow-up " + year + " is published.", "1 of 2 goals reached.",
                "2 of 2 commitments kept.");
        mvc.perform(get("/kommun/bengtsfors/medborgarlofte/" + year)).andExpect(status().isOk());

        clock.setDay(LocalDate.of(year, 6, 20));
        reminders.queueDue();
        assertThat(jdbc.sql("select count(*) from follow_up_reminder where promise_id = ? and reason = 'PERIOD_ENDS'"
                + " and kind = 'HALF_YEAR'").param(id.value()).query(Long.class).single())
                .as("the half year is published").isZero();
    }

    @Test
    void aSignatureWhoseMailCouldNotBeQueuedIsToldOnceWhenTriedAgain() throws Exception {
        int year = TestYears.next();
        PromiseId id = publishedIn(year);
        String municipalAddress = staffOf(fixtures.municipality().id(), "omforsok.kommun", year, Role.SIGNATORY);
        StaffMember police = staff.member(staffOf(fixtures.police().id(), "omforsok.polis", year, Role.EDITOR,
                Role.SIGNATORY));
        clock.setDay(LocalDate.of(year, 6, 1));
        var view = assessedHalfYear(id, year, police);
        OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);

        jdbc.sql("alter table follow_up_reminder rename to follow_up_reminder_away").update();
        try {
            followUps.sign(view.id(), fixtures.police().id(), police);
            awaitFailedSince(started);
        } finally {
            jdbc.sql("alter table follow_up_reminder_away rename to follow_up_reminder").update();
        }
        assertThat(followUps.find(view.id(), police).orElseThrow().signatures()).as("the signature stands").hasSize(1);
        assertThat(queued(id, "OTHER_PARTY_SIGNED")).isZero();

        resubmitSigned();
        assertThat(queued(id, "OTHER_PARTY_SIGNED")).isOne();
        // As after a crash between the reaction's commit and its completion: it runs again.
        jdbc.sql("update event_publication set completion_date = null, status = 'FAILED'"
                + " where publication_date > ? and listener_id like '%FollowUpReminders%'").param(started).update();
        resubmitSigned();
        assertThat(queued(id, "OTHER_PARTY_SIGNED")).isOne();

        reminders.sendRound();
        TestMail.await(municipalAddress, 1);
        Thread.sleep(300);
        assertThat(TestMail.to(municipalAddress)).hasSize(1);
    }

    /** The promise's half-year follow-up, opened and assessed, ready to sign. */
    private FollowUpView assessedHalfYear(PromiseId id, int year, StaffMember editor) {
        var opened = followUps.open(id, year, FollowUpKind.HALF_YEAR, editor);
        var view = followUps.find(opened.id(), editor).orElseThrow();
        assertThat(followUps.save(view.id(), view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.RESOURCES, "Färre kontroller."),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), editor).problems()).isEmpty();
        return followUps.find(opened.id(), editor).orElseThrow();
    }

    private void awaitFailedSince(OffsetDateTime started) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("select count(*) from event_publication where status = 'FAILED' and publication_date > ?"
                + " and listener_id like '%FollowUpReminders%'").param(started).query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The reaction to the signature did not fail within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private void resubmitSigned() {
        failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> p.getEvent() instanceof FollowUpSigned));
        Reactions.settle(jdbc);
    }

    /** A staff account of the organisation with these roles, its address {@code <name>.<year>@example.se}. */
    private String staffOf(OrganisationId organisation, String name, int year, Role... roles) {
        String address = name + "." + year + "@example.se";
        staff.member(address, organisation, roles);
        return address;
    }

    /** The follow-up fixtures' promise of the year, published in its first week. */
    private PromiseId publishedIn(int year) {
        clock.setDay(LocalDate.of(year, 1, 5));
        return fixtures.published(year);
    }

    private long queued(PromiseId id, String reason) {
        return jdbc.sql("select count(*) from follow_up_reminder where promise_id = ? and reason = ?")
                .params(id.value(), reason).query(Long.class).single();
    }

    private OrganisationId otherMunicipality() {
        return organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .filter(o -> !o.id().equals(fixtures.municipality().id())).findFirst().orElseThrow().id();
    }
}
