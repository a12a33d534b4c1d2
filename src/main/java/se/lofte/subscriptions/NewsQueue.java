package se.lofte.subscriptions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * Turns one piece of news about a promise into one queued mail per confirmed subscriber: those who follow
 * the promise and those who follow one of its municipalities. An address that follows it both ways gets
 * one mail, through its subscription to the promise. Each mail gets an unsubscribe link of its own.
 */
@Component
class NewsQueue {

    private final SubscriptionRows rows;
    private final Outbox outbox;
    private final SubscriptionMails mails;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final PublishedPromises published;

    NewsQueue(SubscriptionRows rows, Outbox outbox, SubscriptionMails mails, Subscriptions subscriptions,
              Clock clock, PublishedPromises published) {
        this.published = published;
        this.rows = rows;
        this.outbox = outbox;
        this.mails = mails;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /**
     * Queues news about this published promise once (see below), for the subscribers of the promise and of its
     * municipalities.
     */
    int queue(String newsKey, PublishedRevision revision, Function<Locale, String> news) {
        List<OrganisationId> municipalities = revision.content().parties().stream()
                .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).map(PromiseContent.Party::id).toList();
        return queue(newsKey, revision.promiseId(), municipalities, revision.content().title(), news);
    }

    /** The whole address of the promise's public page, which news mails link to. */
    String page(PublishedRevision revision) {
        return published.address(revision.content()).map(mails::absolute).orElse("");
    }

    /**
     * Queues the news once: {@code newsKey} names it, and news already queued under that key queues nothing (the
     * key commits with the mails, so a reaction that runs again after it committed finds it). {@code news}
     * gives its text in a language. Returns how many mails were queued.
     */
    @Transactional
    int queue(String newsKey, PromiseId promise, Collection<OrganisationId> municipalities, String promiseTitle,
              Function<Locale, String> news) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!outbox.firstTime(newsKey, now)) {
            return 0;
        }
        Map<String, SubscriptionRows.Stored> byAddress = new LinkedHashMap<>();
        rows.confirmed(Subscriptions.PROMISE, List.of(promise.value())).forEach(s -> byAddress.putIfAbsent(s.email(), s));
        rows.confirmed(Subscriptions.MUNICIPALITY, municipalities.stream().map(OrganisationId::value).toList())
                .forEach(s -> byAddress.putIfAbsent(s.email(), s));
        Map<String, Optional<Topic>> topics = new HashMap<>();
        String subject = mails.newsSubject(promiseTitle);
        int queued = 0;
        for (SubscriptionRows.Stored subscriber : byAddress.values()) {
            Optional<Topic> topic = topics.computeIfAbsent(subscriber.kind() + subscriber.topicId(),
                    k -> subscriptions.topic(subscriber));
            if (topic.isEmpty()) {
                continue;
            }
            String token = LinkTokens.next();
            rows.addLink(subscriber.id(), LinkTokens.hash(token));
            outbox.queue(subscriber.id(), subject, mails.newsBody(news, topic.get(), token), token, now);
            queued++;
        }
        return queued;
    }
}
