package se.lofte.citizenreports.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.PublicReport;
import se.lofte.citizenreports.ReportQuery;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.AtomFeeds;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Markup;
import se.lofte.shared.Sha256;

/**
 * The Atom feed (RFC 4287) of a municipality's published citizen reports, newest received first, at most
 * {@value #LIMIT}: a report enters when staff publish it and is updated with its status and answer. Only what
 * the public page shows goes in: the published text, never the original or an e-mail address. Like the
 * promises' feeds it is Swedish, linked absolutely from {@code lofte.base-url}, with tag URIs on the site's
 * host and {@code lofte.feeds.tag-date} as ids. The public page cache keeps it like the other feeds (until a
 * report changes: {@code CitizenReportsChanged}); behind it, or when the cache is off, it may be kept five minutes
 * and answers {@code If-None-Match} with 304.
 */
@Component
class ReportsFeed {

    static final int LIMIT = 50;
    private static final Locale SWEDISH = Locale.of("sv");

    private final CitizenReports reports;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AtomFeeds feeds;

    ReportsFeed(CitizenReports reports, Organisations organisations, MessageSource messages,
                LofteProperties properties) {
        this.reports = reports;
        this.organisations = organisations;
        this.messages = messages;
        this.feeds = new AtomFeeds(properties);
    }

    ServerResponse municipality(ServerRequest request) {
        return organisations.municipalityBySlug(request.pathVariable("slug"))
                .map(m -> answer(request, write(m))).orElseGet(() -> ServerResponse.notFound().build());
    }

    private ServerResponse answer(ServerRequest request, String body) {
        String etag = "\"" + Sha256.hex(body).substring(0, 32) + "\"";
        CacheControl fiveMinutes = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
        if (request.headers().header("If-None-Match").stream().anyMatch(v -> v.contains(etag))) {
            return ServerResponse.status(304).eTag(etag).cacheControl(fiveMinutes).build();
        }
        return ServerResponse.ok().contentType(AtomFeeds.ATOM).eTag(etag).cacheControl(fiveMinutes).body(body);
    }

    private String write(Organisation municipality) {
        List<PublicReport> published = reports.publicReports(new ReportQuery(municipality.scbCode(), List.of(),
                Set.of(), Set.of(), null, null, LIMIT));
        String path = "/kommun/" + municipality.slug() + "/rapporter";
        Feed feed = new Feed("atom_1.0");
        feed.setId(feeds.id("citizen-reports/municipality/" + municipality.scbCode()));
        feed.setTitle(Markup.xmlCharacters(t("open311.feed.title", municipality.name())));
        feed.setUpdated(feeds.updated(published.stream().map(ReportsFeed::updated).max(Instant::compareTo)));
        feed.setAlternateLinks(List.of(feeds.link("alternate", "text/html", path)));
        feed.setOtherLinks(List.of(feeds.link("self", "application/atom+xml", path + ".atom")));
        feed.setAuthors(List.of(AtomFeeds.person(municipality.name())));
        feed.setEntries(published.stream().map(r -> entry(r, path)).toList());
        return AtomFeeds.xml(feed, "of reports in " + municipality.scbCode());
    }

    /**
     * Title: the category and the place; content: the published text, the status and, when there is one, the
     * answer and the reason it was closed. The link goes to the report's public page.
     */
    private Entry entry(PublicReport report, String listPath) {
        Entry entry = new Entry();
        entry.setId(feeds.id("citizen-report/" + report.id().value()));
        String category = t("open311.service." + report.category().code() + ".name");
        String place = report.placeInWords() == null || report.placeInWords().isBlank() ? null : report.placeInWords();
        entry.setTitle(Markup.xmlCharacters(place == null ? category : t("open311.feed.entry", category, place)));
        entry.setUpdated(Date.from(updated(report)));
        entry.setPublished(Date.from(report.receivedAt()));
        entry.setAlternateLinks(List.of(feeds.link("alternate", "text/html", listPath + "/" + report.id().value())));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(Markup.xmlCharacters(Stream.of(report.text(),
                        t("open311.feed.status", t("open311.feed.status." + report.status().name())),
                        report.answer(), report.closedReason())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"))));
        entry.setContents(List.of(content));
        return entry;
    }

    private static Instant updated(PublicReport report) {
        return report.updatedAt() == null ? report.receivedAt() : report.updatedAt();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }
}
