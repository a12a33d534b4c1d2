package se.lofte.subscriptions;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.lofte.followup.FollowUpPublished;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * Hears that a joint follow-up was published and queues a mail for each subscriber of the promise: how many goals
 * were reached and commitments kept, with a link to the promise page, where the follow-up is shown. Read from the
 * published revision itself, so the mail says exactly what was sealed. A reaction like {@link ProgressNews}: run
 * after the commit, again after a failure, and queued once per revision by {@link NewsQueue}.
 */
@Component
class FollowUpNews {

    private final PublishedPromises published;
    private final NewsQueue queue;
    private final SubscriptionMails mails;

    FollowUpNews(PublishedPromises published, NewsQueue queue, SubscriptionMails mails) {
        this.published = published;
        this.queue = queue;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(FollowUpPublished event) {
        published.revision(event.promise(), event.revision())
                .ifPresent(revision -> PublishedFollowUp.of(revision)
                        .ifPresent(followUp -> queue.queue("followup:" + event.promise().value() + ":"
                                + event.revision(), revision, locale -> text(revision, followUp, locale))));
    }

    private String text(PublishedRevision revision, PublishedFollowUp followUp, Locale locale) {
        String kind = mails.text("sub.mail.followUp." + followUp.kind().name(), locale, Integer.toString(followUp.year()));
        String goals = followUp.goals() == 0 ? ""
                : mails.text("sub.mail.followUp.goals", locale, Long.toString(followUp.goalsReached()),
                        Long.toString(followUp.goals()));
        String commitments = followUp.commitments() == 0 ? ""
                : mails.text("sub.mail.followUp.commitments", locale, Long.toString(followUp.commitmentsKept()),
                Long.toString(followUp.commitments()));
        return mails.text("sub.mail.followUp", locale, revision.content().title(), kind, goals, commitments,
                queue.page(revision));
    }
}
