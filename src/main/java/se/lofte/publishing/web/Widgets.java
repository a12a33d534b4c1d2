package se.lofte.publishing.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisation;
import se.lofte.promises.PublishedPromises;

/**
 * How a promise is going, for other websites: a compact page to show in an iframe, and the same as a plain
 * HTML fragment to include on the server or with fetch. Both are cacheable for a few minutes; the headers
 * that let any site frame or fetch them are set for these paths only ({@link WidgetSecurityConfiguration}
 * and the fragment's CORS header here).
 */
@Controller
class Widgets {

    /** Short enough that a new update shows within minutes, long enough to spare the server from busy sites. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final int LATEST = 3;

    private final PublicPromises promises;
    private final PublishedPromises published;

    Widgets(PublicPromises promises, PublishedPromises published) {
        this.promises = promises;
        this.published = published;
    }

    static String address(Organisation municipality, int year) {
        return "/widget" + PublishedPromises.address(municipality.slug(), year);
    }

    @GetMapping("/widget/kommun/{slug}/medborgarlofte/{year:\\d+}")
    String frame(@PathVariable String slug, @PathVariable int year, Model model, HttpServletResponse response) {
        model.addAttribute("widget", widget(slug, year));
        cacheable(response);
        return "publishing/widget";
    }

    @GetMapping("/widget/kommun/{slug}/medborgarlofte/{year:\\d+}.html")
    String fragment(@PathVariable String slug, @PathVariable int year, Model model, HttpServletResponse response) {
        model.addAttribute("widget", widget(slug, year));
        cacheable(response);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        return "publishing/widgetFragment";
    }

    /**
     * The language comes from {@code ?lang}, which is part of the address, or from the language cookie of a
     * visitor who chose one here: a shared cache must keep the two apart.
     */
    private static void cacheable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
    }

    private WidgetPage widget(String slug, int year) {
        Organisation municipality = promises.municipality(slug);
        var latest = promises.latest(municipality, year);
        return new WidgetPage(latest.content(), municipality.name(),
                promises.absolute(PublishedPromises.address(slug, latest.content().startYear())),
                promises.progress(latest, LATEST), LATEST,
                PublishedFollowUp.latest(published.revisions(latest.promiseId()), latest.number()).orElse(null));
    }
}
