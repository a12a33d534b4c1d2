package se.lofte.promises;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/** Read-only access to what has been published, for the public site and the open data API. */
@Service
public class PublishedPromises {

    private final Revisions revisions;
    private final Organisations organisations;
    private final Promises promises;

    PublishedPromises(Revisions revisions, Organisations organisations, Promises promises) {
        this.revisions = revisions;
        this.promises = promises;
        this.organisations = organisations;
    }

    /** The public address of a municipality's promise starting in a year: {@code /kommun/bengtsfors/medborgarlofte/2019}. */
    public static String address(String municipalitySlug, int startYear) {
        return "/kommun/" + municipalitySlug + "/medborgarlofte/" + startYear;
    }

    /** The public address of a promise, under its first municipality; empty when it has none. */
    public Optional<String> address(PromiseContent content) {
        return firstMunicipality(content).flatMap(organisations::find)
                .map(m -> address(m.slug(), content.startYear()));
    }

    /**
     * The public addresses of these revisions' promises, as {@link #address(PromiseContent)} gives them, with
     * the municipalities of all of them read in one query: lists and feeds show many promises at once.
     */
    public Function<PromiseContent, Optional<String>> addresses(Collection<PublishedRevision> revisions) {
        Map<OrganisationId, Organisation> municipalities = organisations.findAll(revisions.stream()
                        .flatMap(r -> firstMunicipality(r.content()).stream()).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, m -> m));
        return content -> firstMunicipality(content).map(municipalities::get)
                .map(m -> address(m.slug(), content.startYear()));
    }

    private static Optional<OrganisationId> firstMunicipality(PromiseContent content) {
        return content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).findFirst()
                .map(PromiseContent.Party::id);
    }

    /** The latest revision of every published promise, newest promise first. */
    public List<PublishedRevision> all() {
        return revisions.latestOfAll(null);
    }

    /**
     * The latest revisions of up to {@code limit} published promises whose id comes after {@code after} (none:
     * from the first), lowest id first. Downloads of every promise walk them page by page, so that memory and
     * the number of queries stay bounded whatever the number of promises.
     */
    public List<PublishedRevision> latestAfter(Optional<PromiseId> after, int limit) {
        return revisions.latestAfter(after.map(PromiseId::value).orElse(0L), limit);
    }

    /** The latest revision of every published promise that starts in the year, newest promise first. */
    public List<PublishedRevision> startingIn(int year) {
        return revisions.latestStarting(year);
    }

    /** The years in which published promises start, the latest first, each with how many start then. */
    public Map<Integer, Integer> startYears() {
        return revisions.startYears();
    }

    /**
     * The latest revisions of the {@code limit} promises published or republished most recently, newest
     * first. Every one of the {@code limit} most recent publications is of one of these promises.
     */
    public List<PublishedRevision> latestNewestFirst(int limit) {
        return revisions.latestNewestFirst(limit);
    }

    /** The latest revision of each of these promises that has been published, in no particular order. */
    public List<PublishedRevision> latest(Collection<PromiseId> ids) {
        return revisions.latestOf(ids);
    }

    /** The latest revision of every published promise that this organisation is party to. */
    public List<PublishedRevision> ofParty(OrganisationId party) {
        return revisions.latestOfAll(party);
    }

    /** The published promise of a municipality that starts in the given year. */
    public Optional<PublishedRevision> ofMunicipalityStarting(OrganisationId municipality, int year) {
        return ofParty(municipality).stream().filter(r -> r.content().startYear() == year).findFirst();
    }

    public Optional<PublishedRevision> latest(PromiseId id) {
        return revisions.latest(id);
    }

    public Optional<PublishedRevision> revision(PromiseId id, int number) {
        return revisions.find(id, number);
    }

    /**
     * The published promises before and after this one in its chain of years ("Nästa års löfte"), with this one
     * marked, in two queries however long the chain is. {@code shown} is the revision the page shows of this one.
     */
    public PromiseLineage lineage(PublishedRevision shown) {
        PromiseId id = shown.promiseId();
        Map<PromiseId, Promises.Link> links = new HashMap<>();
        promises.links(id).forEach(l -> links.put(l.id(), l));
        Map<PromiseId, PromiseId> next = new HashMap<>();
        links.values().stream().filter(l -> l.previous() != null).forEach(l -> next.putIfAbsent(l.previous(), l.id()));
        Deque<PromiseId> chain = new ArrayDeque<>();
        chain.add(id);
        Set<PromiseId> seen = new HashSet<>(chain);
        for (PromiseId p = previousOf(links, id); p != null && seen.add(p); p = previousOf(links, p)) {
            chain.addFirst(p);
        }
        for (PromiseId n = next.get(id); n != null && seen.add(n); n = next.get(n)) {
            chain.addLast(n);
        }
        boolean extended = links.containsKey(id) && links.get(id).extended();
        if (chain.size() == 1) {
            return new PromiseLineage(List.of(), extended, Optional.empty(), Map.of());
        }
        Map<PromiseId, PublishedRevision> latest = revisions.latestOf(chain).stream()
                .collect(Collectors.toMap(PublishedRevision::promiseId, r -> r));
        latest.put(id, shown);
        List<PromiseLineage.Year> years = chain.stream().filter(latest::containsKey)
                .map(p -> new PromiseLineage.Year(p, latest.get(p).content().startYear(),
                        latest.get(p).content().periodLabel(), p.equals(id))).toList();
        PromiseId before = previousOf(links, id);
        Optional<PromiseLineage.Year> previous = years.stream().filter(y -> y.id().equals(before)).findFirst();
        Map<String, Integer> continued = new HashMap<>();
        previous.ifPresent(p -> {
            var commitments = latest.get(p.id()).content().commitments();
            var carried = shown.content().commitments().stream().map(PromiseContent.Commitment::key)
                    .collect(Collectors.toSet());
            for (int i = 0; i < commitments.size(); i++) {
                if (carried.contains(commitments.get(i).key())) {
                    continued.put(commitments.get(i).key(), i + 1);
                }
            }
        });
        return new PromiseLineage(years, extended, previous, continued);
    }

    private static PromiseId previousOf(Map<PromiseId, Promises.Link> links, PromiseId id) {
        var link = links.get(id);
        return link == null ? null : link.previous();
    }

    /** Every revision of a promise, the first first. */
    public List<PublishedRevision> revisions(PromiseId id) {
        return revisions.of(id);
    }

    /** Every revision of each of these promises, the first first, in one query. */
    public Map<PromiseId, List<PublishedRevision>> revisions(Collection<PromiseId> ids) {
        return revisions.of(ids).stream().collect(Collectors.groupingBy(PublishedRevision::promiseId,
                LinkedHashMap::new, Collectors.toList()));
    }
}
