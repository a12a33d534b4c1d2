package se.lofte.subscriptions;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.lofte.followup.FollowUpPublished;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.progress.GoalProgressChanged;
import se.lofte.progress.ProgressChange;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdate;
import se.lofte.progress.UpdatePublished;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;

/**
 * Hears progress news and queues a mail for each subscriber: a published update, a goal whose value or
 * status changed, or a joint follow-up the parties published. A reaction to another module's event ({@link ApplicationModuleListener}): stored with the news
 * in its transaction, run after the commit in a transaction of its own, so the staff member who published never
 * waits for the mails or sees them fail. A reaction that fails, or is cut off by a crash, runs again
 * (operations.Reactions); {@link NewsQueue} queues each piece of news once, so the subscribers get one mail
 * however often it runs. The content is read through {@link ProgressReading} and the published revisions, so
 * only what the public site shows is mailed.
 */
@Component
class ProgressNews {

    private final ProgressReading reading;
    private final PublishedPromises published;
    private final NewsQueue queue;
    private final SubscriptionMails mails;

    ProgressNews(ProgressReading reading, PublishedPromises published, NewsQueue queue, SubscriptionMails mails) {
        this.reading = reading;
        this.published = published;
        this.queue = queue;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(UpdatePublished event) {
        reading.update(event.id()).ifPresent(update -> published.latest(event.promise())
                .ifPresent(revision -> queue.queue("update:" + event.id().value(), revision,
                        locale -> updateText(revision, update, locale))));
    }

    @ApplicationModuleListener
    void on(GoalProgressChanged event) {
        reading.change(event.change()).ifPresent(change -> published.latest(event.promise())
                .ifPresent(revision -> revision.content().goals().stream()
                        .filter(g -> g.key().equals(change.goalKey()) && g.isNumeric()).findFirst()
                        .ifPresent(goal -> queue.queue("change:" + event.change(), revision,
                                locale -> changeText(revision, goal, change, locale)))));
    }

    /**
     * A joint follow-up published: how many goals were reached and commitments kept, read from the sealed revision
     * itself, so the mail says exactly what the parties published.
     */
    @ApplicationModuleListener
    void on(FollowUpPublished event) {
        published.revision(event.promise(), event.revision())
                .ifPresent(revision -> PublishedFollowUp.of(revision)
                        .ifPresent(followUp -> queue.queue("followup:" + event.promise().value() + ":"
                                + event.revision(), revision, locale -> followUpText(revision, followUp, locale))));
    }

    private String followUpText(PublishedRevision revision, PublishedFollowUp followUp, Locale locale) {
        String kind = mails.text("sub.mail.followUp." + followUp.kind().name(), locale,
                Integer.toString(followUp.year()));
        String goals = followUp.goals() == 0 ? ""
                : mails.text("sub.mail.followUp.goals", locale, Long.toString(followUp.goalsReached()),
                Long.toString(followUp.goals()));
        String commitments = followUp.commitments() == 0 ? ""
                : mails.text("sub.mail.followUp.commitments", locale, Long.toString(followUp.commitmentsKept()),
                Long.toString(followUp.commitments()));
        return mails.text("sub.mail.followUp", locale, revision.content().title(), kind, goals, commitments,
                queue.page(revision));
    }

    private String updateText(PublishedRevision revision, ProgressUpdate update, Locale locale) {
        return mails.text("sub.mail.update", locale, revision.content().title(),
                mails.text("sub.mail.update." + update.kind().name(), locale), update.title(), update.text(),
                update.author(), update.publishedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate().toString(),
                queue.page(revision));
    }

    private String changeText(PublishedRevision revision, PromiseContent.Goal goal, ProgressChange change,
                              Locale locale) {
        String unit = goal.numeric().unit();
        String status = mails.text("sub.mail.status." + change.status().name(), locale);
        String target = amount(goal.numeric().target(), unit, locale);
        if (change.value() == null) {
            // No value to tell (measuring has not started, or the goal cannot be measured): only the status changed.
            return mails.text("sub.mail.statusChange", locale, revision.content().title(), goal.text(), status,
                    target, queue.page(revision));
        }
        String previous = change.previous() == null ? ""
                : mails.text("sub.mail.change.previous", locale, amount(change.previous(), unit, locale));
        return mails.text("sub.mail.change", locale, revision.content().title(), goal.text(),
                amount(change.value(), unit, locale), previous, target, status, queue.page(revision));
    }

    /** "18,5 timmar" to a Swedish subscriber, "18.5 timmar" to an English one. */
    private static String amount(BigDecimal number, String unit, Locale locale) {
        String plain = Numbers.of(number, locale);
        return unit == null || unit.isBlank() ? plain : plain + " " + unit.strip();
    }
}
