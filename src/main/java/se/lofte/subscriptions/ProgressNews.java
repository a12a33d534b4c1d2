package se.lofte.subscriptions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.progress.GoalProgressChanged;
import se.lofte.progress.ProgressChange;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdate;
import se.lofte.progress.UpdatePublished;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;

/**
 * Hears progress news where it happens, inside the transaction that makes it, and queues a mail for each
 * subscriber: a published update, or a goal whose value or status changed. The mails commit with the news
 * or not at all, and need no connection besides the one the news holds (a transaction of their own after
 * the commit would take a second one while the first is still held). The content is read through
 * {@link ProgressReading}, so only what the public site shows is mailed. The queueing runs in a savepoint:
 * a failure here is rolled back to it, logged, and never reaches the staff member who published.
 */
@Component
class ProgressNews {
    private static final Logger log = LoggerFactory.getLogger(ProgressNews.class);

    private final ProgressReading reading;
    private final PublishedPromises published;
    private final NewsQueue queue;
    private final SubscriptionMails mails;
    private final TransactionTemplate savepoint;

    ProgressNews(ProgressReading reading, PublishedPromises published, NewsQueue queue, SubscriptionMails mails,
                 PlatformTransactionManager transactions) {
        this.reading = reading;
        this.published = published;
        this.queue = queue;
        this.mails = mails;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    void on(UpdatePublished event) {
        try {
            savepoint.executeWithoutResult(status -> reading.update(event.id())
                    .ifPresent(update -> published.latest(event.promise())
                            .ifPresent(revision -> queue(revision, locale -> updateText(revision, update, locale)))));
        } catch (RuntimeException e) {
            log.error("Mails about update {} could not be queued", event.id(), e);
        }
    }

    @EventListener
    void on(GoalProgressChanged event) {
        try {
            savepoint.executeWithoutResult(status -> reading.change(event.change())
                    .ifPresent(change -> published.latest(event.promise())
                            .ifPresent(revision -> revision.content().goals().stream()
                                    .filter(g -> g.key().equals(change.goalKey()) && g.isNumeric()).findFirst()
                                    .ifPresent(goal -> queue(revision,
                                            locale -> changeText(revision, goal, change, locale))))));
        } catch (RuntimeException e) {
            log.error("Mails about progress change {} could not be queued", event.change(), e);
        }
    }

    private void queue(PublishedRevision revision, Function<Locale, String> news) {
        List<OrganisationId> municipalities = revision.content().parties().stream()
                .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).map(PromiseContent.Party::id).toList();
        queue.queue(revision.promiseId(), municipalities, revision.content().title(), news);
    }

    private String updateText(PublishedRevision revision, ProgressUpdate update, Locale locale) {
        return mails.text("sub.mail.update", locale, revision.content().title(),
                mails.text("sub.mail.update." + update.kind().name(), locale), update.title(), update.text(),
                update.author(), update.publishedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate().toString(),
                page(revision));
    }

    private String changeText(PublishedRevision revision, PromiseContent.Goal goal, ProgressChange change,
                              Locale locale) {
        String unit = goal.numeric().unit();
        String status = mails.text("sub.mail.status." + change.status().name(), locale);
        String target = amount(goal.numeric().target(), unit);
        if (change.value() == null) {
            // No value to tell (the source has no data): only the status changed.
            return mails.text("sub.mail.statusChange", locale, revision.content().title(), goal.text(), status,
                    target, page(revision));
        }
        String previous = change.previous() == null ? ""
                : mails.text("sub.mail.change.previous", locale, amount(change.previous(), unit));
        return mails.text("sub.mail.change", locale, revision.content().title(), goal.text(),
                amount(change.value(), unit), previous, target, status, page(revision));
    }

    private String page(PublishedRevision revision) {
        return published.address(revision.content()).map(mails::absolute).orElse("");
    }

    private static String amount(BigDecimal number, String unit) {
        String plain = number.stripTrailingZeros().toPlainString();
        return unit == null || unit.isBlank() ? plain : plain + " " + unit.strip();
    }
}
