package se.lofte.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.lofte.shared.MailRetries;

/**
 * Sends the queued news mails on a schedule, each outside any transaction: a mail server that is slow or
 * away holds no database connection. A failed mail is tried again as {@link MailRetries} says (for nearly six
 * hours) and then given up with a log line; a node that stops while sending leaves a
 * claim that runs out, so the mail is sent later rather than lost. Each round also deletes subscriptions
 * left unconfirmed for {@link Subscriptions#CONFIRMATION_VALIDITY} and forgets mails finished a month ago.
 * Log lines name mails by id, never by address.
 */
@Component
class OutboxSender {

    static final Duration CLAIM = Duration.ofMinutes(5);
    static final Duration KEEP_FINISHED = Duration.ofDays(30);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final MailRetries retries = new MailRetries("Subscription mail", log);

    private final JavaMailSender sender;
    private final SubscriptionMails mails;
    private final Outbox outbox;
    private final SubscriptionRows rows;
    private final Clock clock;

    OutboxSender(JavaMailSender sender, SubscriptionMails mails, Outbox outbox, SubscriptionRows rows,
                 Clock clock) {
        this.sender = sender;
        this.mails = mails;
        this.outbox = outbox;
        this.rows = rows;
        this.clock = clock;
    }

    /** Every node sends: each mail is claimed before it goes, so two nodes never send the same one. */
    @Scheduled(initialDelayString = "${lofte.subscriptions.send-interval:PT1M}",
            fixedDelayString = "${lofte.subscriptions.send-interval:PT1M}")
    void round() {
        try {
            OffsetDateTime now = OffsetDateTime.now(clock);
            rows.deleteUnconfirmedCreatedBefore(now.minus(Subscriptions.CONFIRMATION_VALIDITY));
            outbox.purgeFinishedBefore(now.minus(KEEP_FINISHED));
            sendDue();
        } catch (RuntimeException e) {
            // The database may be away too; the next round tries again.
            log.warn("Sending subscription mail failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends every mail that is due now; returns how many went. */
    int sendDue() {
        int sent = 0;
        for (long id : outbox.due(OffsetDateTime.now(clock), BATCH)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            var mail = outbox.claim(id, now, now.plus(CLAIM));
            if (mail.isEmpty()) {
                continue;
            }
            try {
                mails.sendNews(sender, mail.get());
                outbox.sent(id, OffsetDateTime.now(clock));
                sent++;
            } catch (MailException e) {
                failed(mail.get(), e);
            }
        }
        return sent;
    }

    private void failed(Outbox.Queued mail, MailException e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        retries.after(mail.id(), mail.attempts() + 1, e).ifPresentOrElse(
                wait -> outbox.retryAt(mail.id(), now.plus(wait)), () -> outbox.giveUp(mail.id(), now));
    }
}
