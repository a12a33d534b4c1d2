package se.lofte.publishing.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.lofte.publishing.NewsEntry;
import se.lofte.publishing.NewsFeed;
import se.lofte.publishing.PromiseNews;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Markup;
import se.lofte.shared.SiteAddress;

/**
 * Atom feeds (RFC 4287) of the national list, each municipality and each promise. Links are absolute from
 * {@code lofte.base-url}, as a feed is read away from the site. Ids are tag URIs (RFC 4151) on the site's
 * host and {@code lofte.feeds.tag-date}: the same news has the same id in every feed and forever, so both
 * must stay as they were when the site first published a feed.
 */
@Component
class FeedPages {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PromiseNews news;
    private final SiteAddress site;
    private final String tagPrefix;
    private final Clock clock;

    FeedPages(PromiseNews news, LofteProperties properties, Clock clock) {
        this.news = news;
        this.site = properties.site();
        this.tagPrefix = "tag:" + URI.create(site.base()).getHost() + "," + properties.feeds().tagDate() + ":";
        this.clock = clock;
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
        feed.setId(tagPrefix + source.key());
        feed.setTitle(Markup.xmlCharacters(source.title()));
        feed.setUpdated(Date.from(source.entries().isEmpty() ? clock.instant()
                : source.entries().getFirst().updated().toInstant()));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", source.path())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", source.feedPath())));
        feed.setAuthors(people(source.authors()));
        feed.setEntries(source.entries().stream().map(this::entry).toList());
        try {
            // ROME's Atom writer drops the feed's language, so xml:lang is set on the written document.
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", "sv", Namespace.XML_NAMESPACE);
            return ServerResponse.ok().contentType(ATOM)
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                    // Raw, not indented: the texts are written as they are, and indenting fifty entries was an
                    // eighth of the national feed's work.
                    .body(new XMLOutputter(Format.getRawFormat()).outputString(document));
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + source.key() + " cannot be written", e);
        }
    }

    /**
     * Every text goes through {@link Markup#xmlCharacters}: JDOM refuses a character XML forbids, and text
     * stored before input refused them may hold one, which would otherwise end the whole feed in an error.
     */
    private Entry entry(NewsEntry news) {
        Entry entry = new Entry();
        entry.setId(tagPrefix + news.key());
        entry.setTitle(Markup.xmlCharacters(news.title()));
        entry.setUpdated(Date.from(news.updated().toInstant()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", news.path())));
        entry.setAuthors(people(news.authors()));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(Markup.xmlCharacters(news.text()));
        entry.setContents(List.of(content));
        return entry;
    }

    private Link link(String rel, String type, String path) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(site.absolute(path));
        return link;
    }

    private static List<SyndPerson> people(List<String> names) {
        return names.stream().<SyndPerson>map(name -> {
            Person person = new Person();
            person.setName(Markup.xmlCharacters(name));
            return person;
        }).toList();
    }
}
