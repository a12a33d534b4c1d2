package se.lofte.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

import se.lofte.accounts.MailQuota;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.shared.EmailAddresses;
import se.lofte.shared.Problem;

/**
 * Subscribing to the news of a promise or a municipality, with double opt-in, and leaving again. Nothing
 * here tells a visitor whether an address was subscribed before: the form always answers "check your
 * mail", and the mail says what is the case. Links carry tokens of {@link LinkTokens}.
 */
@Service
public class Subscriptions {

    private static final String PAGE = "/prenumerera";
    /** How long a confirmation link works; unconfirmed subscriptions are deleted after it. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    static final String PROMISE = "PROMISE";
    static final String MUNICIPALITY = "MUNICIPALITY";
    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final SubscriptionRows rows;
    private final SubscriptionMails mails;
    private final PublishedPromises published;
    private final Organisations organisations;
    private final MailQuota quota;
    private final Clock clock;

    Subscriptions(SubscriptionRows rows, SubscriptionMails mails, PublishedPromises published,
                  Organisations organisations, MailQuota quota, Clock clock) {
        this.rows = rows;
        this.mails = mails;
        this.quota = quota;
        this.published = published;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The subscribe page of one promise, beside its public page: {@code /kommun/bengtsfors/medborgarlofte/2019/prenumerera}. */
    public static String address(String municipalitySlug, int startYear) {
        return PublishedPromises.address(municipalitySlug, startYear) + PAGE;
    }

    /** The subscribe page for the news of every promise of a municipality: {@code /kommun/bengtsfors/prenumerera}. */
    public static String address(Organisation municipality) {
        return municipalityPage(municipality) + PAGE;
    }

    public static String address(Topic topic) {
        return topic.page() + PAGE;
    }

    /** The municipality of this public slug, as a topic. */
    public Optional<Topic> municipality(String slug) {
        return organisations.municipalityBySlug(slug).map(Subscriptions::municipalityTopic);
    }

    /** The published promise of the municipality starting in the year, as a topic. */
    public Optional<Topic> promise(String municipalitySlug, int startYear) {
        return organisations.municipalityBySlug(municipalitySlug)
                .flatMap(m -> published.ofMunicipalityStarting(m.id(), startYear))
                .map(r -> new Topic.OnePromise(r.promiseId(), r.content().title(),
                        PublishedPromises.address(municipalitySlug, startYear)));
    }

    /**
     * Asks for a subscription: refuses an address that cannot be one (a problem at the field
     * {@code email}), otherwise mails a confirmation link, or, for an address already subscribed, a
     * reminder with a way to leave. Either way the visitor sees the same answer. So does a visitor whose
     * request would pass the address's {@link MailQuota}: then nothing is sent or changed, and the link
     * mailed last keeps working. A mail that cannot be sent is logged; the visitor can ask again.
     */
    public List<Problem> subscribe(String email, Topic topic) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return List.of(Problem.of("email", "sub.problem.emailRequired"));
        }
        Optional<Problem> invalid = EmailAddresses.problem("email", address);
        if (invalid.isPresent()) {
            return List.of(invalid.get());
        }
        if (!quota.take(address)) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String kind = kind(topic);
        long topicId = topicId(topic);
        String token = LinkTokens.next();
        var existing = rows.find(address, kind, topicId);
        try {
            if (existing.isPresent() && existing.get().confirmed()) {
                rows.addLink(existing.get().id(), LinkTokens.hash(token));
                mails.sendAlreadySubscribed(address, topic, token);
            } else {
                if (existing.isEmpty() || !rows.renewPending(existing.get().id(), LinkTokens.hash(token), now)) {
                    rows.insertPending(address, kind, topicId, LinkTokens.hash(token), now);
                }
                mails.sendConfirmation(address, topic, token);
            }
        } catch (DuplicateKeyException e) {
            // The same address asked twice at the same moment (or was confirmed meanwhile): the other
            // request's mail is on its way.
            log.info("A subscription was asked for twice at once; one confirmation mail is sent");
        } catch (MailException e) {
            log.warn("A subscription mail could not be sent: {}", e.getClass().getSimpleName());
        }
        return List.of();
    }

    /** The topic a confirmation link would confirm, while it still works: for the page with the button. */
    public Optional<Topic> awaitingConfirmation(String token) {
        return pending(token).flatMap(this::topic);
    }

    /** Confirms with the link's token; empty when the link was used, has expired, or never existed. */
    public Optional<Topic> confirm(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return pending(token)
                .filter(s -> rows.confirm(s.id(), LinkTokens.hash(token), now, now.minus(CONFIRMATION_VALIDITY)))
                .flatMap(this::topic);
    }

    /** The topic an unsubscribe link ends, while the subscription exists. */
    public Optional<Topic> subscribedWith(String unsubscribeToken) {
        return byLink(unsubscribeToken).flatMap(this::topic);
    }

    /** Ends the subscription and deletes the address; false when there was nothing to end. */
    public boolean unsubscribe(String unsubscribeToken) {
        return byLink(unsubscribeToken).map(s -> rows.delete(s.id())).orElse(false);
    }

    /** The topic of a stored subscription, as residents know it now. */
    Optional<Topic> topic(SubscriptionRows.Stored stored) {
        return switch (stored.kind()) {
            case PROMISE -> promiseTopic(stored.topicId());
            case MUNICIPALITY -> organisations.find(new OrganisationId(stored.topicId()))
                    .map(Subscriptions::municipalityTopic);
            default -> Optional.empty();
        };
    }

    static String kind(Topic topic) {
        return switch (topic) {
            case Topic.OnePromise p -> PROMISE;
            case Topic.Municipality m -> MUNICIPALITY;
        };
    }

    private static long topicId(Topic topic) {
        return switch (topic) {
            case Topic.OnePromise p -> p.promise().value();
            case Topic.Municipality m -> m.municipality().value();
        };
    }

    private Optional<Topic> promiseTopic(long id) {
        return published.latest(new PromiseId(id)).flatMap(r -> published.address(r.content())
                .map(page -> new Topic.OnePromise(r.promiseId(), r.content().title(), page)));
    }

    private static Topic municipalityTopic(Organisation municipality) {
        return new Topic.Municipality(municipality.id(), municipality.name(), municipalityPage(municipality));
    }

    private static String municipalityPage(Organisation municipality) {
        return "/kommun/" + municipality.slug();
    }

    private Optional<SubscriptionRows.Stored> pending(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return rows.pending(LinkTokens.hash(token), OffsetDateTime.now(clock).minus(CONFIRMATION_VALIDITY));
    }

    private Optional<SubscriptionRows.Stored> byLink(String token) {
        return LinkTokens.wellFormed(token) ? rows.byLink(LinkTokens.hash(token)) : Optional.empty();
    }
}
