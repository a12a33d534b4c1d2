package se.lofte.publishing.web;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.dialogue.PublicMeetings;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseState;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.publishing.NewsFeed;
import se.lofte.publishing.ShareImages;
import se.lofte.shared.Dates;
import se.lofte.shared.NotFound;
import se.lofte.shared.Typed;
import se.lofte.situation.Lagesbilder;
import se.lofte.subscriptions.Subscriptions;
import se.lofte.surveys.PublishedSurveys;

/** The public site: home, municipalities and their published promises, with every earlier revision. */
@Controller
class PublicPages {

    /** Updates on the promise page: a year's worth at the pace staff write them. */
    static final int UPDATES_ON_PAGE = 50;

    private final Organisations organisations;
    private final PublishedPromises published;
    private final PromiseManagement management;
    private final Lagesbilder lagesbilder;
    private final PublicPromises promises;
    private final ShareImages shareImages;
    private final PublicMeetings meetings;
    private final PublishedSurveys surveys;
    private final Clock clock;

    PublicPages(Organisations organisations, PublishedPromises published, PromiseManagement management,
                Lagesbilder lagesbilder, PublicPromises promises, ShareImages shareImages, PublicMeetings meetings,
                PublishedSurveys surveys, Clock clock) {
        this.organisations = organisations;
        this.published = published;
        this.management = management;
        this.lagesbilder = lagesbilder;
        this.promises = promises;
        this.shareImages = shareImages;
        this.meetings = meetings;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * The home page lists the promises of one year: this year's, or the latest year's when none starts this
     * year yet. Every other year is a link away, so the page stays the same size however many years and
     * municipalities there are.
     */
    @GetMapping("/")
    String home(Model model) {
        Map<Integer, Integer> years = published.startYears();
        int thisYear = Year.now(clock.withZone(Dates.SWEDEN)).getValue();
        Integer shown = years.containsKey(thisYear) ? Integer.valueOf(thisYear)
                : years.keySet().stream().findFirst().orElse(null);
        return year(shown, years, model);
    }

    @GetMapping("/medborgarloften/{year}")
    String year(@PathVariable int year, Model model) {
        Map<Integer, Integer> years = published.startYears();
        if (!years.containsKey(year)) {
            throw new NotFound("promises of the year");
        }
        return year(year, years, model);
    }

    private String year(Integer year, Map<Integer, Integer> years, Model model) {
        List<PublishedRevision> promises = year == null ? List.of() : published.startingIn(year);
        // The municipalities of all promises in one query, not one per promise.
        Map<OrganisationId, Organisation> municipalities = organisations.findAll(promises.stream()
                        .flatMap(r -> r.content().parties().stream())
                        .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).map(PromiseContent.Party::id).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, m -> m));
        List<PromiseListing> listings = new ArrayList<>();
        promises.forEach(r -> listings.addAll(listings(r, municipalities)));
        listings.sort(java.util.Comparator.comparing(PromiseListing::municipality));
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("listings", listings);
        return "publishing/home";
    }

    @GetMapping("/kommun")
    String municipalities(@RequestParam(required = false) String q, Model model) {
        String query = Typed.text(q);
        List<Organisation> found = query.isEmpty() ? organisations.all(OrganisationKind.MUNICIPALITY)
                : organisations.searchMunicipalities(query);
        if (found.size() == 1 && !query.isEmpty()) {
            return "redirect:/kommun/" + found.getFirst().slug();
        }
        // Made-up municipalities are listed apart and not counted: the count is of Sweden's municipalities.
        Map<String, List<Organisation>> byCounty = new TreeMap<>();
        found.stream().filter(m -> !m.fictional())
                .forEach(m -> byCounty.computeIfAbsent(m.countyName(), c -> new ArrayList<>()).add(m));
        model.addAttribute("query", query);
        model.addAttribute("byCounty", byCounty);
        model.addAttribute("examples", found.stream().filter(Organisation::fictional).toList());
        model.addAttribute("count", byCounty.values().stream().mapToInt(List::size).sum());
        return "publishing/municipalities";
    }

    @GetMapping("/kommun/{slug}")
    String municipality(@PathVariable String slug, Model model) {
        Organisation municipality = promises.municipality(slug);
        model.addAttribute("municipality", municipality);
        model.addAttribute("police", organisations.coveringLocalPoliceAreas(municipality.id()));
        model.addAttribute("promises", published.ofParty(municipality.id()).stream()
                .sorted(java.util.Comparator.comparing((PublishedRevision r) -> r.content().start()).reversed())
                .toList());
        return "publishing/municipality";
    }

    @GetMapping("/kommun/{slug}/medborgarlofte/{year}")
    String promise(@PathVariable String slug, @PathVariable int year,
                   @RequestParam(name = "utskrift", required = false) String print, Model model) {
        return promisePage(slug, year, null, print != null, model);
    }

    @GetMapping("/kommun/{slug}/medborgarlofte/{year}/version/{number}")
    String revision(@PathVariable String slug, @PathVariable int year, @PathVariable int number,
                    @RequestParam(name = "utskrift", required = false) String print, Model model) {
        return promisePage(slug, year, number, print != null, model);
    }

    @GetMapping("/bilder/{sha256:[0-9a-f]{64}}")
    ResponseEntity<byte[]> image(@PathVariable String sha256) {
        var image = management.image(sha256).orElseThrow(() -> new NotFound("public page"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .body(image.data());
    }

    private String promisePage(String slug, int year, Integer number, boolean print, Model model) {
        Organisation municipality = promises.municipality(slug);
        PublishedRevision latest = promises.latest(municipality, year);
        var revisions = published.revisions(latest.promiseId());
        PublishedRevision shown = number == null ? latest : revisions.stream()
                .filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("public page"));
        var history = PromisePage.history(revisions);
        var shownPublication = history.stream().filter(p -> p.number() == shown.number()).findFirst().orElseThrow();
        boolean closed = management.state(latest.promiseId()).map(s -> s == PromiseState.CLOSED).orElse(false);
        String url = PublishedPromises.address(slug, latest.content().startYear());
        model.addAttribute("page", new PromisePage(shown.content(), url, closed, shownPublication, history, false,
                municipality.fictional()));
        model.addAttribute("print", print);
        model.addAttribute("lineage", published.lineage(shown));
        model.addAttribute("slug", slug);
        // From the revisions read for the history already: a follow-up costs the page no query.
        PublishedFollowUp.latest(revisions, shown.number()).ifPresent(f -> model.addAttribute("followUp", f));
        // The share image is the latest revision's, whichever revision the page shows.
        PublishedFollowUp latestFollowUp = PublishedFollowUp.latest(revisions, latest.number()).orElse(null);
        PromiseProgress progress = promises.progress(latest, UPDATES_ON_PAGE);
        model.addAttribute("progress", progress);
        // Absolute, because the snippets are pasted into other sites.
        model.addAttribute("widgetUrl", promises.absolute(Widgets.address(municipality, latest.content().startYear())));
        model.addAttribute("subscribeUrl", Subscriptions.address(slug, latest.content().startYear()));
        model.addAttribute("share", new ShareMeta(promises.absolute(url), promises.absolute(ShareImagePage.path(url)),
                shareImages.alt(latest, progress.goals().values(), latestFollowUp), latest.content().lead(), NewsFeed.feedPath(url)));
        int startYear = latest.content().startYear();
        if (lagesbilder.isPublished(municipality, startYear)) {
            model.addAttribute("lagesbildUrl", LagesbildPage.address(municipality, startYear));
        }
        model.addAttribute("dialogue", meetings.behindCommitments(latest.promiseId()));
        // The year before the promise is the baseline its situation was written from.
        model.addAttribute("surveys", surveys.between(municipality, startYear - 1, latest.content().end().getYear()));
        return "publishing/promise";
    }

    private static List<PromiseListing> listings(PublishedRevision r, Map<OrganisationId, Organisation> municipalities) {
        return r.content().parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                .flatMap(p -> Optional.ofNullable(municipalities.get(p.id())).stream())
                .map(m -> new PromiseListing(m.shortName(), r.content().title(),
                        PublishedPromises.address(m.slug(), r.content().startYear()), m.fictional()))
                .toList();
    }
}
