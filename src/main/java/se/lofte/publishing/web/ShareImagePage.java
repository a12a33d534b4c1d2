package se.lofte.publishing.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PublishedPromises;
import se.lofte.publishing.ShareImages;

/** The share image of a promise, beside its page: what a link to the promise shows where it is shared. */
@Component
class ShareImagePage {

    private final Organisations organisations;
    private final PublishedPromises published;
    private final ShareImages images;

    ShareImagePage(Organisations organisations, PublishedPromises published, ShareImages images) {
        this.organisations = organisations;
        this.published = published;
        this.images = images;
    }

    /** Where the share image of a promise page is. */
    static String path(String promisePath) {
        return promisePath + "/delningsbild.png";
    }

    ServerResponse image(ServerRequest request) {
        int year = Integer.parseInt(request.pathVariable("year"));
        return organisations.municipalityBySlug(request.pathVariable("slug"))
                .flatMap(m -> published.ofMunicipalityStarting(m.id(), year))
                // Short-lived: the picture changes with the goals' values, and link previews fetch it seldom.
                .map(latest -> ServerResponse.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                        .body(images.png(latest, PublishedFollowUp.latest(published.revisions(latest.promiseId()),
                                latest.number()).orElse(null))))
                .orElseGet(() -> ServerResponse.notFound().build());
    }
}
