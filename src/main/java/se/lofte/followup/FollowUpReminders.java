package se.lofte.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMail;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MailRetries;
import se.lofte.shared.SiteAddress;

/**
 * Mail to a follow-up's parties, to their editors and signatories: a reminder {@code lofte.follow-up.reminder-before}
 * before a follow-up period ({@link FollowUpPeriod}) of a published promise ends while that follow-up is not
 * published, and word to the parties that have not signed when another party signs.
 *
 * <p>Both are queued in {@link FollowUpReminderRows} under a key, once: the daily check (once across nodes, and
 * harmless when it runs twice) queues the reminders due, and a reaction to {@link FollowUpSigned} (stored with the
 * signature, run again after a failure or a crash, see operations.Reactions) queues the word of a signature. A
 * sender, once across nodes each minute, sends what is queued outside any transaction, retries a mail server that
 * is away ({@link MailRetries}), and writes the text from the promise as published when it sends, so the mail never names a title or a
 * follow-up that changed since. A mail whose occasion passed (the follow-up was published, the party signed) is
 * not sent.
 */
@Component
class FollowUpReminders {

    static final Set<Role> RECIPIENTS = Set.of(Role.EDITOR, Role.SIGNATORY);
    private static final Duration DAILY_AT_MOST = Duration.ofHours(1);
    /** Longer than any two nodes' ticks of one morning lie apart. */
    private static final Duration DAILY_AT_LEAST = Duration.ofMinutes(10);
    private static final Duration SENDING_AT_MOST = Duration.ofMinutes(10);
    private static final int PAGE = 100;
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final MailRetries retries = new MailRetries("Follow-up mail", log);

    private final PublishedPromises published;
    private final FollowUps followUps;
    private final FollowUpReminderRows rows;
    private final StaffMail mail;
    private final MessageSource messages;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Period before;
    private final SiteAddress site;

    FollowUpReminders(PublishedPromises published, FollowUps followUps, FollowUpReminderRows rows, StaffMail mail,
                      MessageSource messages, LockingTaskExecutor locks, Clock clock, LofteProperties properties) {
        this.published = published;
        this.followUps = followUps;
        this.rows = rows;
        this.mail = mail;
        this.messages = messages;
        this.locks = locks;
        this.clock = clock;
        this.before = properties.followUp().reminderBefore();
        this.site = properties.site();
    }

    /** Each morning at seven, Swedish time, on one node of several. */
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Stockholm")
    void daily() {
        locks.executeWithLock((Runnable) this::queueDue,
                new LockConfiguration(Instant.now(), "follow-up-reminders", DAILY_AT_MOST, DAILY_AT_LEAST));
    }

    /**
     * Queues a reminder to each party of every follow-up period that ends within {@link #before} from today
     * (today included) and whose follow-up is not published; returns how many were queued for the first time.
     * Promises are read a page at a time, so memory stays bounded however many there are.
     */
    int queueDue() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.SWEDEN));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int queued = 0;
        Optional<PromiseId> after = Optional.empty();
        List<PublishedRevision> page;
        do {
            page = published.latestAfter(after, PAGE);
            for (PublishedRevision latest : page) {
                queued += queueDue(latest, today, now);
            }
            after = page.isEmpty() ? after : Optional.of(page.getLast().promiseId());
        } while (page.size() == PAGE);
        return queued;
    }

    private int queueDue(PublishedRevision latest, LocalDate today, OffsetDateTime now) {
        PromiseContent content = latest.content();
        List<FollowUpSummary> existing = null;
        int queued = 0;
        for (int year : FollowUpManagement.years(content)) {
            for (FollowUpKind kind : FollowUpKind.values()) {
                FollowUpPeriod period = FollowUpPeriod.of(content, year, kind);
                if (period.empty() || today.isAfter(period.to()) || today.isBefore(period.to().minus(before))) {
                    continue;
                }
                existing = existing == null ? followUps.of(latest.promiseId()) : existing;
                if (isPublished(existing, year, kind)) {
                    continue;
                }
                for (PromiseContent.Party party : content.parties()) {
                    String key = "period-ends:" + latest.promiseId().value() + ":" + year + ":" + kind.name() + ":"
                            + party.id().value();
                    if (rows.queue(key, FollowUpReminderRows.Occasion.PERIOD_ENDS, latest.promiseId(), year, kind,
                            party.id(), null, now)) {
                        queued++;
                    }
                }
            }
        }
        return queued;
    }

    /**
     * Tells each party that has not signed that another has, once per signature: the key holds the follow-up's
     * version with it, so a signature given again after a change is told again.
     */
    @ApplicationModuleListener
    void on(FollowUpSigned event) {
        published.latest(event.promise())
                .flatMap(latest -> followUps.find(event.followUp(), latest.content().parties()))
                .filter(followUp -> followUp.signedBy(event.party()))
                .ifPresent(followUp -> followUp.parties().stream().filter(p -> !followUp.signedBy(p.id()))
                        .forEach(p -> rows.queue("signed:" + event.followUp().value() + ":" + p.id().value() + ":"
                                        + event.version(), FollowUpReminderRows.Occasion.OTHER_PARTY_SIGNED,
                                event.promise(), followUp.year(), followUp.kind(), p.id(), event.party(),
                                OffsetDateTime.now(clock))));
    }

    /** Every minute, on one node of several, so that no mail goes twice. */
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void sendRound() {
        try {
            locks.executeWithLock((Runnable) this::sendDue,
                    new LockConfiguration(Instant.now(), "follow-up-mail", SENDING_AT_MOST, Duration.ZERO));
        } catch (RuntimeException e) {
            // The database may be away; the next round tries again.
            log.warn("Sending follow-up mail failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends every queued mail that is due; returns how many parties got theirs. */
    int sendDue() {
        int sent = 0;
        for (FollowUpReminderRows.Queued queued : rows.due(OffsetDateTime.now(clock), BATCH)) {
            try {
                if (send(queued)) {
                    sent++;
                }
                rows.sent(queued.id(), OffsetDateTime.now(clock));
            } catch (MailException e) {
                failed(queued, e);
            }
        }
        return sent;
    }

    /** Sends the mail unless its occasion passed; true when it went. */
    private boolean send(FollowUpReminderRows.Queued queued) {
        Optional<PublishedRevision> latest = published.latest(queued.promise());
        if (latest.isEmpty()) {
            return false;
        }
        PromiseContent content = latest.get().content();
        Optional<FollowUpSummary> followUp = followUps.of(queued.promise()).stream()
                .filter(f -> f.year() == queued.year() && f.kind() == queued.kind()).findFirst();
        if (content.parties().stream().noneMatch(p -> p.id().equals(queued.party()))) {
            return false;
        }
        String page = "/manage/promises/" + queued.promise().value() + "/followups"
                + followUp.map(f -> "/" + f.id().value()).orElse("");
        String link = site.absolute(page);
        return switch (queued.occasion()) {
            case PERIOD_ENDS -> {
                if (followUp.map(f -> f.publishedRevision() != null).orElse(false)) {
                    yield false;
                }
                LocalDate deadline = FollowUpPeriod.of(content, queued.year(), queued.kind()).to();
                mail.send(queued.party(), RECIPIENTS, "followup.mail.periodEnds", locale -> new Object[] {
                        content.title(), kind(queued, locale), Dates.day(deadline, locale), link,
                        content.partyName(queued.party())});
                yield true;
            }
            case OTHER_PARTY_SIGNED -> {
                if (followUp.isEmpty() || !followUp.get().unpublishedChanges()
                        || signed(followUp.get(), queued.party(), content)) {
                    yield false;
                }
                mail.send(queued.party(), RECIPIENTS, "followup.mail.otherSigned", locale -> new Object[] {
                        content.title(), kind(queued, locale).toLowerCase(locale), content.partyName(queued.signedBy()), link,
                        content.partyName(queued.party())});
                yield true;
            }
        };
    }

    private boolean signed(FollowUpSummary summary, OrganisationId party, PromiseContent content) {
        return followUps.find(summary.id(), content.parties()).map(f -> f.signedBy(party)).orElse(true);
    }

    private String kind(FollowUpReminderRows.Queued queued, Locale locale) {
        return messages.getMessage("followup.kind." + queued.kind().name(), new Object[] {queued.year()}, locale);
    }

    private void failed(FollowUpReminderRows.Queued queued, MailException e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        retries.after(queued.id(), queued.attempts() + 1, e).ifPresentOrElse(
                wait -> rows.retryAt(queued.id(), now.plus(wait)), () -> rows.giveUp(queued.id(), now));
    }

    private static boolean isPublished(List<FollowUpSummary> followUps, int year, FollowUpKind kind) {
        return followUps.stream().anyMatch(f -> f.year() == year && f.kind() == kind && f.publishedRevision() != null);
    }
}
