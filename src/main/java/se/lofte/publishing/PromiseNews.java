package se.lofte.publishing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.followup.ItemKind;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.PublicMeasure;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressChange;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdate;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.RevisionChanges;
import se.lofte.shared.Numbers;

/**
 * What has happened to published promises, newest first, for the feeds: every publication of a revision,
 * the updates staff wrote (what was not done marked in the title), each change of a numeric goal's value or
 * status, and measures from the moment they became public. Held-back measures are never read: the measures
 * module answers only what is public now.
 */
@Service
public class PromiseNews {

    /** How many entries a feed carries: enough for a reader who looks in once a month. */
    public static final int LIMIT = 50;

    private final Organisations organisations;
    private final PublishedPromises published;
    private final ProgressReading progress;
    private final MeasureTimeline measures;
    private final SwedishWords words;
    private final Clock clock;

    PromiseNews(Organisations organisations, PublishedPromises published, ProgressReading progress,
                MeasureTimeline measures, SwedishWords words,
                Clock clock) {
        this.organisations = organisations;
        this.published = published;
        this.progress = progress;
        this.measures = measures;
        this.words = words;
        this.clock = clock;
    }

    /**
     * Every published promise's news. Asks each kind of news for its newest {@link #LIMIT} in the country and
     * reads only the promises those are about, never the list of all promises: the feed costs the same for one
     * promise as for every promise of every year.
     */
    public NewsFeed national() {
        // In the database's order (newest first, then the newer promise): entries of one instant keep it.
        List<PublishedRevision> newest = published.latestNewestFirst(LIMIT);
        Map<PromiseId, PublishedRevision> latest = new HashMap<>();
        newest.forEach(r -> latest.put(r.promiseId(), r));
        Set<PromiseId> unpublished = new HashSet<>();
        var news = new Sources(newest,
                ofPublished(progress::updates, ProgressUpdate::promise, latest, unpublished),
                ofPublished(progress::changes, ProgressChange::promise, latest, unpublished),
                ofPublished(n -> measures.latest(clock.instant(), n), PublicMeasure::promise, latest, unpublished));
        return new NewsFeed("all", words.t("feed.national.title"), "/", List.of(words.t("feed.national.author")),
                of(latest, news));
    }

    /**
     * The newest {@link #LIMIT} items of every promise that are about a published one. Measures may be logged
     * on a promise before it is published; while some of the newest are about such a promise, more are asked for.
     * The latest revisions of the promises met are added to {@code latest}.
     */
    private <T> List<T> ofPublished(IntFunction<List<T>> newest, Function<T, PromiseId> promise,
                                    Map<PromiseId, PublishedRevision> latest, Set<PromiseId> unpublished) {
        for (int asked = LIMIT; ; asked *= 4) {
            List<T> items = newest.apply(asked);
            Set<PromiseId> unknown = items.stream().map(promise)
                    .filter(id -> !latest.containsKey(id) && !unpublished.contains(id)).collect(Collectors.toSet());
            published.latest(unknown).forEach(r -> latest.put(r.promiseId(), r));
            unknown.stream().filter(id -> !latest.containsKey(id)).forEach(unpublished::add);
            List<T> kept = items.stream().filter(item -> latest.containsKey(promise.apply(item))).toList();
            if (kept.size() >= LIMIT || items.size() < asked) {
                return kept.subList(0, Math.min(LIMIT, kept.size()));
            }
        }
    }

    /** The news of every published promise the municipality is party to; empty for an unknown municipality. */
    public Optional<NewsFeed> municipality(String slug) {
        return organisations.municipalityBySlug(slug).map(m -> new NewsFeed("municipality/" + m.scbCode(),
                words.t("feed.municipality.title", m.name()), "/kommun/" + m.slug(), List.of(m.name()),
                of(published.ofParty(m.id()))));
    }

    /** The news of the municipality's promise that starts in the year; empty when there is none. */
    public Optional<NewsFeed> promise(String slug, int year) {
        return organisations.municipalityBySlug(slug)
                .flatMap(m -> published.ofMunicipalityStarting(m.id(), year))
                .map(latest -> new NewsFeed("promise/" + latest.promiseId(),
                        words.t("feed.promise.title", latest.content().title(), municipalities(latest.content())),
                        PublishedPromises.address(slug, year), parties(latest.content()), of(List.of(latest))));
    }

    /** The news of these promises, each given by its latest revision: newest first, at most {@link #LIMIT}. */
    private List<NewsEntry> of(List<PublishedRevision> promises) {
        Map<PromiseId, PublishedRevision> latest = new LinkedHashMap<>();
        promises.forEach(r -> latest.put(r.promiseId(), r));
        if (latest.isEmpty()) {
            return List.of();
        }
        return of(latest, new Sources(latest.values(), progress.updates(latest.keySet(), LIMIT),
                progress.changes(latest.keySet(), LIMIT), measures.latest(latest.keySet(), clock.instant(), LIMIT)));
    }

    /** The news from these sources, newest first, at most {@link #LIMIT}; {@code latest} holds every promise they name. */
    private List<NewsEntry> of(Map<PromiseId, PublishedRevision> latest, Sources news) {
        // The addresses of all the promises in one query, not one per promise with news.
        Function<PromiseContent, Optional<String>> addresses = published.addresses(latest.values());
        Map<PromiseId, Optional<Shown>> addressed = new HashMap<>();
        Function<PromiseId, Optional<Shown>> shown = id -> addressed.computeIfAbsent(id, key -> addresses
                .apply(latest.get(key).content()).map(path -> new Shown(latest.get(key), path)));
        List<NewsEntry> entries = new ArrayList<>(publications(news.published(), shown));
        news.updates().forEach(u -> shown.apply(u.promise()).ifPresent(p -> entries.add(update(p, u))));
        for (ProgressChange change : news.changes()) {
            shown.apply(change.promise()).ifPresent(p -> goal(p, change.goalKey())
                    .ifPresent(goal -> entries.add(change(p, goal, change))));
        }
        news.measures().forEach(m -> shown.apply(m.promise()).ifPresent(p -> entries.add(measure(p, m))));
        return newestFirst(examplesMarked(latest.values(), entries));
    }

    /**
     * Entries of a promise with a fictional party say "Exempel" in their title, where a feed reader shows them
     * among real news without the page around them (a title that already says so is left as it is).
     */
    private List<NewsEntry> examplesMarked(Collection<PublishedRevision> latest, List<NewsEntry> entries) {
        Set<OrganisationId> fictional = organisations.findAll(latest.stream()
                        .flatMap(r -> r.content().parties().stream()).map(PromiseContent.Party::id).distinct().toList())
                .stream().filter(Organisation::fictional).map(Organisation::id).collect(Collectors.toSet());
        if (fictional.isEmpty()) {
            return entries;
        }
        Set<String> examples = latest.stream()
                .filter(r -> r.content().parties().stream().anyMatch(p -> fictional.contains(p.id())))
                .map(r -> new Shown(r, null).key() + "/").collect(Collectors.toSet());
        String marked = words.t("feed.example", "");
        return entries.stream().map(e -> examples.stream().noneMatch(e.key()::startsWith) || e.title().contains(marked.strip())
                ? e : new NewsEntry(e.key(), words.t("feed.example", e.title()), e.text(), e.path(), e.authors(),
                e.updated())).toList();
    }

    /**
     * Where a feed's news comes from: the latest revisions whose histories hold its publications, and the
     * newest updates, goal changes and public measures of its promises, each at most {@link #LIMIT}.
     */
    private record Sources(Collection<PublishedRevision> published, List<ProgressUpdate> updates,
                           List<ProgressChange> changes, List<PublicMeasure> measures) {
    }

    /**
     * The newest {@link #LIMIT} publications. No revision of a promise is newer than its latest, so promises
     * are read in the order of their latest revision and reading stops at the first that is older than every
     * entry kept: a feed of all promises reads the histories of about {@link #LIMIT} of them, not of all,
     * {@link #LIMIT} promises' histories to a query.
     */
    private List<NewsEntry> publications(Collection<PublishedRevision> latest,
                                         Function<PromiseId, Optional<Shown>> shown) {
        List<PublishedRevision> newestFirst = latest.stream()
                .sorted(Comparator.comparing(PublishedRevision::publishedAt).reversed()).toList();
        List<NewsEntry> kept = new ArrayList<>();
        Map<PromiseId, List<PublishedRevision>> histories = new HashMap<>();
        for (int next = 0; next < newestFirst.size(); next++) {
            PublishedRevision newest = newestFirst.get(next);
            if (kept.size() >= LIMIT && newest.publishedAt().isBefore(kept.getLast().updated())) {
                break;
            }
            Optional<Shown> promise = shown.apply(newest.promiseId());
            if (promise.isEmpty()) {
                continue;
            }
            if (!histories.containsKey(newest.promiseId())) {
                histories.putAll(published.revisions(newestFirst.subList(next, Math.min(newestFirst.size(),
                        next + LIMIT)).stream().map(PublishedRevision::promiseId).toList()));
            }
            List<PublishedRevision> revisions = histories.get(newest.promiseId());
            // Newest first, so that revisions published within one tick of the clock keep their order.
            for (int i = revisions.size() - 1; i >= Math.max(0, revisions.size() - LIMIT); i--) {
                kept.add(revision(promise.get(), i == 0 ? null : revisions.get(i - 1), revisions.get(i)));
            }
            kept = newestFirst(kept);
        }
        return kept;
    }

    /** A stable sort: entries of the same instant stay in the order they were added. */
    private static List<NewsEntry> newestFirst(List<NewsEntry> entries) {
        return new ArrayList<>(entries.stream().sorted(Comparator.comparing(NewsEntry::updated).reversed())
                .limit(LIMIT).toList());
    }

    private NewsEntry revision(Shown promise, PublishedRevision before, PublishedRevision revision) {
        var followUp = PublishedFollowUp.of(revision);
        if (followUp.isPresent()) {
            return followUp(promise, revision, followUp.get());
        }
        PromiseContent content = revision.content();
        String title = before == null ? words.t("feed.revision.first", content.title())
                : words.t("feed.revision.next", content.title(), revision.number());
        String text = before == null ? content.lead() : changes(RevisionChanges.between(before.content(), content));
        return new NewsEntry(promise.key() + "/revision/" + revision.number(), title, text,
                promise.path() + "/version/" + revision.number(), parties(content), revision.publishedAt());
    }

    /**
     * A published joint follow-up: "Helårsuppföljning 2026: 2 av 3 mål nådda", and each verdict with its reason and
     * explanation, a line each, linked to the promise page where the verdicts stand beside what they judge.
     */
    private NewsEntry followUp(Shown promise, PublishedRevision revision, PublishedFollowUp followUp) {
        PromiseContent content = revision.content();
        String kind = words.t("followup.kind." + followUp.kind().name(), followUp.year());
        String title = followUp.goals() > 0
                ? words.t("feed.followUp.title", kind, followUp.goalsReached(), followUp.goals()) : kind;
        List<String> text = new ArrayList<>();
        for (var item : followUp.items()) {
            String about = item.kind() == ItemKind.GOAL
                    ? words.t("section.goal", number(content.goals().stream().map(PromiseContent.Goal::key).toList(),
                    item.key()))
                    : words.t("section.commitment", number(content.commitments().stream()
                    .map(PromiseContent.Commitment::key).toList(), item.key()));
            String line = about + ": " + words.t("followup.verdict." + item.verdict().name());
            if (item.reason() != null) {
                line += " (" + words.t("followup.reason." + item.reason().name()) + ")";
            }
            if (item.explanation() != null && !item.explanation().isBlank()) {
                line += ". " + item.explanation().strip();
            }
            text.add(line);
        }
        return new NewsEntry(promise.key() + "/revision/" + revision.number(), title, String.join("\n", text),
                promise.path(), parties(content), revision.publishedAt());
    }

    /** The 1-based number of the key among the keys; the key itself when it is gone. */
    private static String number(List<String> keys, String key) {
        int index = keys.indexOf(key);
        return index < 0 ? key : Integer.toString(index + 1);
    }

    /** "Åtagande 1 – rubrik", but "Ingress" rather than "Ingress – ingress" when the field is the section. */
    private static String label(String section, String field) {
        return section.equalsIgnoreCase(field) ? section : section + " – " + field;
    }

    private String changes(List<RevisionChanges.Change> changes) {
        if (changes.isEmpty()) {
            return words.t("promise.noTextChanges");
        }
        return changes.stream().map(c -> label(words.t(c.section(), c.number()), words.t(c.field())) + ": "
                        + switch (c.kind()) {
                            case ADDED -> words.t("change.added") + " " + c.after();
                            case REMOVED -> words.t("change.removed") + " " + c.before();
                            case CHANGED -> c.before() + " → " + c.after();
                        })
                .collect(Collectors.joining("\n"));
    }

    private NewsEntry update(Shown promise, ProgressUpdate update) {
        String title = update.kind() == UpdateKind.NOT_DONE ? words.t("feed.update.notDone", update.title())
                : update.title();
        return new NewsEntry(promise.key() + "/update/" + update.id(), title, update.text(), promise.path(),
                List.of(update.author()), update.publishedAt());
    }

    private NewsEntry change(Shown promise, PromiseContent.Goal goal, ProgressChange change) {
        PromiseContent.NumericTarget target = goal.numeric();
        String title = change.value() == null
                ? words.t(change.status() == GoalStatus.NOT_YET_MEASURED ? "feed.goal.notYetMeasured"
                        : "feed.goal.notMeasurable", target.indicator())
                : words.t("feed.goal.title", words.valueOfTarget(change.value(), target));
        List<String> text = new ArrayList<>();
        text.add(target.indicator() + ".");
        if (change.previous() != null) {
            text.add(words.t("feed.goal.previous", Numbers.swedish(change.previous())));
        }
        text.add(words.t("feed.goal.status." + change.status().name()));
        text.add(goal.text());
        return new NewsEntry(promise.key() + "/progress/" + change.id(), title, String.join(" ", text),
                promise.path(), goalOwners(promise.latest().content(), goal), change.at());
    }

    private NewsEntry measure(Shown promise, PublicMeasure measure) {
        String when = words.days(measure.start(), measure.end());
        String title = measure.place() == null ? words.t("feed.measure.title", measure.kind().nameSv(), when)
                : words.t("feed.measure.titleAt", measure.kind().nameSv(), when, measure.place());
        List<String> text = new ArrayList<>();
        if (measure.description() != null && !measure.description().isBlank()) {
            text.add(measure.description().strip());
        }
        measure.outputs().forEach(o -> text.add(Numbers.swedish(o.quantity()) + " " + o.unit()));
        List<String> authors = measure.responsible() == null || measure.responsible().isBlank()
                ? parties(promise.latest().content()) : List.of(measure.responsible());
        return new NewsEntry(promise.key() + "/measure/" + measure.id(), title, String.join("\n", text),
                promise.path(), authors, measure.publicSince());
    }

    private static Optional<PromiseContent.Goal> goal(Shown promise, String key) {
        return promise.latest().content().goals().stream()
                .filter(g -> g.key().equals(key) && g.isNumeric()).findFirst();
    }

    private static List<String> goalOwners(PromiseContent content, PromiseContent.Goal goal) {
        return goal.owner() == null ? parties(content) : List.of(content.partyName(goal.owner()));
    }

    private static String municipalities(PromiseContent content) {
        return content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                .map(PromiseContent.Party::name).collect(Collectors.joining(", "));
    }

    private static List<String> parties(PromiseContent content) {
        return content.parties().stream().map(PromiseContent.Party::name).toList();
    }

    /** A promise in the feed: its latest revision and public address; {@code key} begins its entries' keys. */
    private record Shown(PublishedRevision latest, String path) {
        String key() {
            return "promise/" + latest.promiseId();
        }
    }
}
