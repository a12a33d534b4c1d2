package se.lofte.publishing.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.PromisePeriod;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotFound;
import se.lofte.shared.SiteAddress;

/**
 * Finds a municipality's published promise by its public address, and how it is going, for the promise page
 * and the widgets alike. Measures are public from the moment given by the clock, so that a held-back measure
 * appears everywhere at the same time.
 */
@Component
class PublicPromises {

    private final Organisations organisations;
    private final PublishedPromises published;
    private final ProgressReading progress;
    private final MeasureTimeline measures;
    private final Clock clock;
    private final SiteAddress site;

    PublicPromises(Organisations organisations, PublishedPromises published, ProgressReading progress,
                   MeasureTimeline measures, Clock clock, LofteProperties properties) {
        this.organisations = organisations;
        this.published = published;
        this.progress = progress;
        this.measures = measures;
        this.clock = clock;
        this.site = properties.site();
    }

    /** The path under the site's public address, as mails and other websites must link to it. */
    String absolute(String path) {
        return site.absolute(path);
    }

    Organisation municipality(String slug) {
        return organisations.municipalityBySlug(slug).orElseThrow(PublicPromises::notFound);
    }

    /** The latest published revision of the municipality's promise starting in {@code year}. */
    PublishedRevision latest(Organisation municipality, int year) {
        return published.ofMunicipalityStarting(municipality.id(), year).orElseThrow(PublicPromises::notFound);
    }

    PromiseProgress progress(PublishedRevision latest, int updates) {
        PromiseId promise = latest.promiseId();
        var visible = measures.forPromise(promise, PromisePeriod.of(latest.content()), clock.instant());
        return PromiseProgress.of(progress.goals(latest), visible.visible(), visible.delayed(),
                progress.updates(List.of(promise), updates));
    }

    static NotFound notFound() {
        return new NotFound("published promise");
    }
}
