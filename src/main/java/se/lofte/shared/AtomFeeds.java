package se.lofte.shared;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

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
import org.springframework.http.MediaType;

/**
 * What every Atom feed (RFC 4287) of the site holds to, the promises' news and the residents' reports alike: links
 * absolute from {@code lofte.base-url}, as a feed is read away from the site; ids tag URIs (RFC 4151) on the site's
 * host and {@code lofte.feeds.tag-date}, so that the same news keeps its id in every feed and forever; Swedish; and
 * names through {@link Markup#xmlCharacters}, since JDOM refuses a character XML forbids. A feed's {@code updated} is
 * its latest entry's; a feed without entries (a municipality with no promise yet) says the first day of the tag date,
 * the earliest it can have been, rather than the time of writing: a feed whose bytes changed with every writing would
 * be a new feed to every reader, proxy and node that compares them.
 */
public final class AtomFeeds {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final SiteAddress site;
    private final String tagPrefix;
    private final Instant origin;

    public AtomFeeds(LofteProperties properties) {
        this.site = properties.site();
        String tagDate = properties.feeds().tagDate();
        this.tagPrefix = "tag:" + URI.create(site.base()).getHost() + "," + tagDate + ":";
        // YYYY, YYYY-MM or YYYY-MM-DD, as LofteProperties checks it: the first day it names.
        LocalDate first = switch (tagDate.length()) {
            case 4 -> Year.parse(tagDate).atDay(1);
            case 7 -> YearMonth.parse(tagDate).atDay(1);
            default -> LocalDate.parse(tagDate);
        };
        this.origin = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The feed's {@code updated}: its latest entry's, or the first day of the tag date when it has none. */
    public Date updated(Optional<Instant> latestEntry) {
        return Date.from(latestEntry.orElse(origin));
    }

    /** The tag URI of a feed or an entry by its key, such as {@code citizen-report/12}. */
    public String id(String key) {
        return tagPrefix + key;
    }

    public Link link(String rel, String type, String path) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(site.absolute(path));
        return link;
    }

    public static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(Markup.xmlCharacters(name));
        return person;
    }

    /** The feed as XML; {@code name} says which feed in the error should it not be written. */
    public static String xml(Feed feed, String name) {
        try {
            // ROME's Atom writer drops the feed's language, so xml:lang is set on the written document.
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", "sv", Namespace.XML_NAMESPACE);
            // Raw, not indented: the texts are written as they are, and indenting fifty entries was an eighth of
            // the national feed's work.
            return new XMLOutputter(Format.getRawFormat()).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + name + " cannot be written", e);
        }
    }
}
