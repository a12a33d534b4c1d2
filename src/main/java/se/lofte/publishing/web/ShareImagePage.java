package se.lofte.publishing.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.lofte.organisations.Organisations;
import se.lofte.promises.PublishedPromises;
import se.lofte.publishing.ShareImages;

/** The share image of a promise, beside its page: what a link to the promise shows where it is shared. */
@Controller
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

    @GetMapping("/kommun/{slug}/medborgarlofte/{year:\\d{4}}/delningsbild.png")
    ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable int year) {
        var latest = organisations.municipalityBySlug(slug)
                .flatMap(m -> published.ofMunicipalityStarting(m.id(), year))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Short-lived: the picture changes with the goals' values, and link previews fetch it seldom.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(images.png(latest));
    }
}
