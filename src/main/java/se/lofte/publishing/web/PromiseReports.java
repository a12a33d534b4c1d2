package se.lofte.publishing.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisation;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseState;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * Assembles the report of a municipality's published promise from what the public page shows: the latest
 * revision, how it is going, and the focus places' shapes. The sections are listed here, in the order the
 * document shows them; a section with nothing to show is left out.
 */
@Component
class PromiseReports {

    private final PublicPromises promises;
    private final PromiseManagement management;
    private final FocusPlaces focusPlaces;
    private final PublishedPromises published;

    PromiseReports(PublicPromises promises, PromiseManagement management, FocusPlaces focusPlaces,
                   PublishedPromises published) {
        this.promises = promises;
        this.management = management;
        this.focusPlaces = focusPlaces;
        this.published = published;
    }

    /**
     * The report of the promise at {@code /kommun/{slug}/medborgarlofte/{year}}; {@code embedPicture} puts the
     * picture's bytes into the document (the PDF reads nothing from the network) instead of linking it.
     */
    PromiseReport report(String slug, int year, boolean embedPicture) {
        Organisation municipality = promises.municipality(slug);
        PublishedRevision latest = promises.latest(municipality, year);
        PromiseContent c = latest.content();
        boolean closed = management.state(latest.promiseId()).map(s -> s == PromiseState.CLOSED).orElse(false);
        PromiseProgress progress = promises.progress(latest, PublicPages.UPDATES_ON_PAGE);
        List<FocusPlaceMap.Place> places = places(c);
        var revisions = published.revisions(latest.promiseId());
        PublishedFollowUp followUp = PublishedFollowUp.latest(revisions, latest.number()).orElse(null);
        // The follow-up's own revision is sealed with its own hash: the one a reader checks it against.
        String followUpHash = followUp == null ? null : revisions.stream()
                .filter(r -> r.number() == followUp.revision()).findFirst()
                .map(r -> r.hashes() == null ? null : r.hashes().record()).orElse(null);
        String path = PublishedPromises.address(slug, c.startYear());
        String verify = promises.absolute("/api/promises/" + latest.promiseId().value() + "/revisions/"
                + latest.number());
        return new PromiseReport(c, municipality.fictional(), closed, latest.number(), latest.publishedAt(), latest.publisherName(),
                latest.hashes().record(), latest.signatures(), promises.absolute(path), path, verify,
                picture(c, embedPicture), progress, places, followUp, followUpHash, sections(c, places, followUp));
    }

    private static List<ReportSection> sections(PromiseContent c, List<FocusPlaceMap.Place> places,
                                                PublishedFollowUp followUp) {
        List<ReportSection> sections = new ArrayList<>(List.of(PromiseSection.SITUATION, PromiseSection.COMMITMENTS,
                PromiseSection.GOALS));
        if (!places.isEmpty() || !c.focusPlaces().isEmpty()) {
            sections.add(PromiseSection.PLACES);
        }
        if (followUp != null) {
            sections.add(FollowUpSection.FOLLOW_UP);
        }
        sections.add(PromiseSection.FOLLOW_ALONG);
        if (!c.signatories().isEmpty()) {
            sections.add(PromiseSection.SIGNATORIES);
        }
        sections.add(PromiseSection.RECORD);
        return sections;
    }

    /**
     * The focus places the promise and its commitments name, each once, with the names the revision froze and
     * the shapes they are made of now.
     */
    private List<FocusPlaceMap.Place> places(PromiseContent c) {
        Map<Long, String> named = new LinkedHashMap<>();
        Stream.concat(c.focusPlaceRefs().stream(), c.commitments().stream().flatMap(k -> k.focusPlaceRefs().stream()))
                .forEach(ref -> named.putIfAbsent(ref.id(), ref.name()));
        if (named.isEmpty()) {
            return List.of();
        }
        var shapes = focusPlaces.shapes(named.keySet().stream().map(FocusPlaceId::new).toList());
        return named.entrySet().stream().map(e -> new FocusPlaceMap.Place(e.getValue(),
                shapes.getOrDefault(new FocusPlaceId(e.getKey()), List.of()))).toList();
    }

    private String picture(PromiseContent c, boolean embed) {
        if (c.image() == null || !c.image().hasFile()) {
            return null;
        }
        if (!embed) {
            return "/bilder/" + c.image().sha256();
        }
        return management.image(c.image().sha256()).map(image -> "data:" + image.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(image.data())).orElse(null);
    }
}
