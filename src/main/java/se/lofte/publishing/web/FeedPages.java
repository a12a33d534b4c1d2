package se.lofte.publishing.web;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndPerson;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.lofte.publishing.NewsEntry;
import se.lofte.publishing.NewsFeed;
import se.lofte.publishing.PromiseNews;
import se.lofte.shared.AtomFeeds;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Markup;

/**
 * Atom feeds (RFC 4287) of the national list, each municipality and each promise, linked and identified as every
 * feed of the site is ({@link AtomFeeds}): the same news has the same id in every feed and forever, so the base URL's
 * host and the tag date must stay as they were when the site first published a feed.
 */
@Component
class FeedPages {

    private final PromiseNews news;
    private final AtomFeeds feeds;

    FeedPages(PromiseNews news, LofteProperties properties) {
        this.news = news;
        this.feeds = new AtomFeeds(properties);
    }

    ServerResponse national(ServerRequest request) {
        return atom(news.national());
    }

    ServerResponse municipality(ServerRequest request) {
        return news.municipality(request.pathVariable("slug")).map(this::atom)
                .orElseGet(() -> ServerResponse.notFound().build());
    }

    ServerResponse promise(ServerRequest request) {
        return news.promise(request.pathVariable("slug"), Integer.parseInt(request.pathVariable("year")))
                .map(this::atom).orElseGet(() -> ServerResponse.notFound().build());
    }

    private ServerResponse atom(NewsFeed source) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(feeds.id(source.key()));
        feed.setTitle(Markup.xmlCharacters(source.title()));
        feed.setUpdated(feeds.updated(source.entries().stream().findFirst().map(e -> e.updated().toInstant())));
        feed.setAlternateLinks(List.of(feeds.link("alternate", "text/html", source.path())));
        feed.setOtherLinks(List.of(feeds.link("self", "application/atom+xml", source.feedPath())));
        feed.setAuthors(people(source.authors()));
        feed.setEntries(source.entries().stream().map(this::entry).toList());
        return ServerResponse.ok().contentType(AtomFeeds.ATOM)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(AtomFeeds.xml(feed, source.key()));
    }

    /**
     * Every text goes through {@link Markup#xmlCharacters}: JDOM refuses a character XML forbids, and text
     * stored before input refused them may hold one, which would otherwise end the whole feed in an error.
     */
    private Entry entry(NewsEntry news) {
        Entry entry = new Entry();
        entry.setId(feeds.id(news.key()));
        entry.setTitle(Markup.xmlCharacters(news.title()));
        entry.setUpdated(Date.from(news.updated().toInstant()));
        entry.setAlternateLinks(List.of(feeds.link("alternate", "text/html", news.path())));
        entry.setAuthors(people(news.authors()));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(Markup.xmlCharacters(news.text()));
        entry.setContents(List.of(content));
        return entry;
    }

    private static List<SyndPerson> people(List<String> names) {
        return names.stream().map(AtomFeeds::person).toList();
    }
}
