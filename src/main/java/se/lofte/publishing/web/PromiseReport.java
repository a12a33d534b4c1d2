package se.lofte.publishing.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.OrganisationKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.Signature;

/**
 * What the report of a published promise shows, for the printable page and the PDF alike: the latest
 * revision's content with its publication facts and record hash (so that a reader can check the document
 * against the open data), how it is going, the focus places with their shapes for the map, and the sections
 * the document assembles.
 *
 * @param pageUrl    the promise page's absolute address, printed so that a paper copy leads back to it
 * @param path       the promise page's path on this site, for links
 * @param verifyUrl  the absolute address of the revision in the open data, where its hashes are published
 * @param imageSrc   where the picture is read from: its public path on the page, a data URI in the PDF; null
 *                   when the promise has no picture file
 * @param followUp     the newest joint follow-up published up to this revision; null when none is
 * @param followUpHash the record hash of the revision that published the follow-up; null without one
 */
public record PromiseReport(PromiseContent content, boolean example, boolean closed,
                            int revision, OffsetDateTime publishedAt, String publisherName, String recordHash,
                            List<Signature> signatures, String pageUrl, String path, String verifyUrl,
                            String imageSrc, PromiseProgress progress, List<FocusPlaceMap.Place> places,
                            PublishedFollowUp followUp, String followUpHash, List<ReportSection> sections) {

    public PromiseReport {
        signatures = List.copyOf(signatures);
        places = List.copyOf(places);
        sections = List.copyOf(sections);
    }

    /**
     * The moment the report is of: the publication of its revision, or of its joint follow-up when that came later.
     * The PDF carries it as its creation date, so that writing the same report again gives the same file.
     */
    public Instant asOf() {
        Instant revision = publishedAt.toInstant();
        return followUp == null || followUp.publishedAt().toInstant().isBefore(revision) ? revision
                : followUp.publishedAt().toInstant();
    }

    /** The municipalities that are party to the promise, as the promise page's title names them. */
    public String municipalities() {
        return content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                .map(PromiseContent.Party::name).collect(Collectors.joining(", "));
    }

    /** Every party's name, as the document's author. */
    public String partyNames() {
        return content.parties().stream().map(PromiseContent.Party::name).collect(Collectors.joining(", "));
    }

    /** The document's title: the promise's with its municipalities, as on the promise page. */
    public String title() {
        String municipalities = municipalities();
        return municipalities.isEmpty() ? content.title() : content.title() + " – " + municipalities;
    }

    /** The printable page's path beside the promise page's. */
    public static String pagePath(String promisePath) {
        return promisePath + "/rapport";
    }

    /** The PDF's path beside the promise page's. */
    public static String pdfPath(String promisePath) {
        return promisePath + "/rapport.pdf";
    }
}
