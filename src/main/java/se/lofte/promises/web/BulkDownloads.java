package se.lofte.promises.web;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.PublishedVerdicts;
import se.lofte.promises.Theme;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.PublicChanges;
import se.lofte.shared.SiteAddress;
import se.lofte.shared.SpreadsheetCells;

/**
 * Every published promise at once, the latest revision of each, as JSON Lines (one promise document a line,
 * exactly as {@code /api/promises/{id}} gives it) and as CSV (one row a commitment or goal). For the whole
 * country (290 municipalities over many years) the files run to tens of megabytes, more than the page cache
 * keeps: they are written as they are read, {@value #PAGE} promises a query, and never held whole. Between
 * two of those queries no connection is held, so a slow reader ties up no database connection.
 *
 * <p>Conditional requests are answered before anything is read: the validators are the public site's
 * version, which every publication, extension, organisation change and goal progress moves on, and the time
 * it moved ({@link PublicChanges#stamp()}), both the same on every node. Weak tags: the bytes are the same for
 * a version, but the server may compress them.
 */
@RestController
@Tag(name = "Medborgarlöften")
class BulkDownloads {

    /** Promises read and written per query: bounds memory and the number of queries (one page per 200). */
    static final int PAGE = 200;

    /**
     * The CSV's columns: one row per commitment and per goal of each promise ({@code item} says which), the
     * promise's own columns repeated on each; a promise with neither has one row with {@code item} empty.
     */
    static final List<String> CSV_COLUMNS = List.of("promise_id", "revision", "published_at", "municipality_code",
            "municipality", "police_area", "other_parties", "year", "start", "end", "title", "url", "item", "number",
            "key", "item_title", "text", "party", "indicator", "unit", "baseline", "target", "direction", "deadline", "verdict", "reason", "theme");

    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final String CSV_DESCRIPTION = "RFC 4180 CSV in UTF-8 (no byte order mark) with a header"
            + " row. One row per commitment and per goal of the latest revision of every published promise"
            + " (column item: commitment or goal), the promise's columns repeated on each: promise_id, revision,"
            + " published_at, municipality_code (SCB), municipality, police_area, other_parties, year, start, end,"
            + " title, url, item, number (from 1 within its kind), key, item_title (a commitment's title), text,"
            + " party (the parties responsible for a commitment, the owner of a goal, empty for a joint goal),"
            + " indicator, unit, baseline, target, direction, deadline (numeric goals), verdict and reason (from the"
            + " newest joint follow-up published: FULFILLED, PARTLY_FULFILLED, NOT_FULFILLED or CANNOT_BE_ASSESSED,"
            + " and for anything not fulfilled RESOURCES, SITUATION_CHANGED, OTHER_ACTOR, ACUTE_EVENT, DATA_MISSING"
            + " or OTHER; empty without one), theme (a commitment's, as staff tagged it: NARCOTICS, TRAFFIC,"
            + " PUBLIC_VIOLENCE, YOUTH, HOUSING_AREAS, CRIME_PREVENTION or OTHER; empty when not stated and for"
            + " goals). Several names in a cell are"
            + " separated by \"; \". A text cell that starts with = + - @, a tab or a carriage return begins with an"
            + " apostrophe, so that no spreadsheet reads it as a formula. ";

    private final PublishedPromises published;
    private final PublishedVerdicts verdicts;
    private final Organisations organisations;
    private final PublicChanges changes;
    private final JsonMapper json;
    private final String schema;
    private final SiteAddress site;
    private final String cacheControl;
    private final int pageSize;

    @Autowired
    BulkDownloads(PublishedPromises published, ObjectProvider<PublishedVerdicts> verdicts, Organisations organisations,
                  PublicChanges changes, JsonMapper json, LofteProperties properties) {
        this(published, verdicts.getIfAvailable(() -> PublishedVerdicts.NONE), organisations, changes, json,
                properties, PAGE);
    }

    /** With pages of another size: tests walk several pages without making hundreds of promises. */
    BulkDownloads(PublishedPromises published, PublishedVerdicts verdicts, Organisations organisations,
                  PublicChanges changes, JsonMapper json, LofteProperties properties, int pageSize) {
        this.pageSize = pageSize;
        this.published = published;
        this.verdicts = verdicts;
        this.organisations = organisations;
        this.changes = changes;
        this.json = json;
        this.schema = OpenData.schemaAddress(properties);
        this.site = properties.site();
        var cache = properties.publicCache();
        this.cacheControl = "public, max-age=" + cache.maxAge().toSeconds() + ", stale-while-revalidate="
                + cache.staleWhileRevalidate().toSeconds();
    }

    @GetMapping(OpenData.JSON_LINES_PATH)
    @Operation(summary = "Every published promise as JSON Lines, the latest revision of each",
            description = "One promise a line, lowest id first, each the document /api/promises/{id} gives, with its"
                    + " $schema (" + OpenData.SCHEMA_PATH + "). Answers If-None-Match and If-Modified-Since with"
                    + " 304. " + OpenData.LICENCE_NOTE)
    @ApiResponse(responseCode = "200", description = "One JSON object a line",
            content = @Content(mediaType = "application/jsonl"))
    @ApiResponse(responseCode = "304", description = "Nothing published or changed since the tag or time asked about")
    void jsonLines(ServletWebRequest request, HttpServletResponse response) throws IOException {
        if (notModified(request, response, "jsonl")) {
            return;
        }
        start(response, "application/jsonl;charset=UTF-8", "medborgarloften.jsonl");
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
        eachPage(page -> {
            // Each latest revision says what changed since the one before: those are read for the page at once.
            var earlier = published.revisions(page.stream().filter(r -> r.number() > 1)
                    .map(PublishedRevision::promiseId).toList());
            var addresses = published.addresses(page);
            for (PublishedRevision r : page) {
                var all = earlier.getOrDefault(r.promiseId(), List.of(r));
                var document = PromiseApi.revision(r, all, addresses, schema,
                        verdicts.latest(all, r.number()).orElse(null));
                out.write(json.writeValueAsBytes(document));
                out.write('\n');
            }
        });
        out.flush();
    }

    @GetMapping(OpenData.CSV_PATH)
    @Operation(summary = "Every published promise as CSV, a row per commitment and goal",
            description = CSV_DESCRIPTION + "Answers If-None-Match and If-Modified-Since with 304. "
                    + OpenData.LICENCE_NOTE)
    @ApiResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "304", description = "Nothing published or changed since the tag or time asked about")
    void csv(ServletWebRequest request, HttpServletResponse response) throws IOException {
        if (notModified(request, response, "csv")) {
            return;
        }
        start(response, "text/csv;charset=UTF-8;header=present", "medborgarloften.csv");
        var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        var printer = new CSVPrinter(writer, CSV);
        printer.printRecord(CSV_COLUMNS);
        eachPage(page -> {
            Map<OrganisationId, Organisation> municipalities = organisations.findAll(page.stream()
                            .flatMap(r -> municipality(r.content()).stream()).distinct().toList())
                    .stream().collect(Collectors.toMap(Organisation::id, m -> m));
            // A follow-up is published as a revision of its own: it may lie before the latest one.
            var earlier = published.revisions(page.stream().filter(r -> r.number() > 1)
                    .map(PublishedRevision::promiseId).toList());
            for (PublishedRevision r : page) {
                var followUp = verdicts.latest(earlier.getOrDefault(r.promiseId(), List.of(r)), r.number());
                for (List<Object> row : rows(r, municipalities, followUp.orElse(null))) {
                    printer.printRecord(row);
                }
            }
        });
        printer.flush();
    }

    /** The rows of one promise: its columns, then those of each commitment and goal with its verdict, if any. */
    private List<List<Object>> rows(PublishedRevision r, Map<OrganisationId, Organisation> municipalities,
                                    PublishedVerdicts.FollowUpFacts followUp) {
        var c = r.content();
        var municipality = municipality(c).map(municipalities::get);
        List<Object> promise = Arrays.asList(r.promiseId().value(), r.number(),
                r.publishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                municipality.map(Organisation::scbCode).orElse(null),
                text(c.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).findFirst()
                        .map(PromiseContent.Party::name).orElse(null)),
                text(names(c, p -> p.kind().isPolice())),
                text(names(c, p -> p.kind() == OrganisationKind.OTHER_ACTOR)),
                c.startYear(), c.start(), c.end(), text(c.title()),
                municipality.map(m -> site.absolute(PublishedPromises.address(m.slug(), c.startYear())))
                        .orElse(null));
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (var m : c.commitments()) {
            rows.add(row(promise, "commitment", ++number, m.key(), text(m.title()), text(m.text()),
                    text(m.responsible().stream().map(c::partyName).collect(Collectors.joining("; "))), null,
                    verdict(followUp, "COMMITMENT", m.key()), m.theme()));
        }
        number = 0;
        for (var g : c.goals()) {
            rows.add(row(promise, "goal", ++number, g.key(), null, text(g.text()),
                    g.owner() == null ? null : text(c.partyName(g.owner())), g.numeric(),
                    verdict(followUp, "GOAL", g.key()), null));
        }
        if (rows.isEmpty()) {
            rows.add(row(promise, null, null, null, null, null, null, null, Optional.empty(), null));
        }
        return rows;
    }

    private static Optional<PublishedVerdicts.FollowUpFacts.Item> verdict(PublishedVerdicts.FollowUpFacts followUp,
                                                                          String kind, String key) {
        return followUp == null ? Optional.empty() : followUp.item(kind, key);
    }

    private static List<Object> row(List<Object> promise, String item, Integer number, String key, String title,
                                    String text, String party, PromiseContent.NumericTarget n,
                                    Optional<PublishedVerdicts.FollowUpFacts.Item> verdict, Theme theme) {
        List<Object> row = new ArrayList<>(promise);
        row.addAll(Arrays.asList(item, number, key == null ? null : text(key), title, text, party));
        row.addAll(n == null ? Arrays.asList(null, null, null, null, null, null)
                : Arrays.asList(text(n.indicator()), text(n.unit()), plain(n.baseline()), plain(n.target()),
                n.direction() == null ? null : n.direction().name(), n.deadline()));
        row.add(verdict.map(PublishedVerdicts.FollowUpFacts.Item::verdict).orElse(null));
        row.add(verdict.map(PublishedVerdicts.FollowUpFacts.Item::reason).orElse(null));
        row.add(theme == null ? null : theme.name());
        return row;
    }

    /** A number as written, never in exponent form ("1E+1"), which a spreadsheet or a parser may misread. */
    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String text(String text) {
        return SpreadsheetCells.text(text);
    }

    private static String names(PromiseContent c, Predicate<PromiseContent.Party> which) {
        String names = c.parties().stream().filter(which).map(PromiseContent.Party::name)
                .collect(Collectors.joining("; "));
        return names.isEmpty() ? null : names;
    }

    private static Optional<OrganisationId> municipality(PromiseContent c) {
        return c.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).findFirst()
                .map(PromiseContent.Party::id);
    }

    /**
     * Sets the validators and says whether the client's copy is current (then the answer is 304 and nothing is
     * read). Without the version (the database away) there are no validators and the reading below fails as
     * any page does.
     */
    private boolean notModified(ServletWebRequest request, HttpServletResponse response, String format) {
        OpenData.licence(response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        var stamp = changes.stamp();
        return stamp.isPresent() && request.checkNotModified("W/\"medborgarloften-" + format + "-"
                + stamp.get().version() + "\"", stamp.get().changedAt().toEpochMilli());
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }

    /** Every published promise's latest revision, a page at a time, lowest id first. */
    private void eachPage(Page action) throws IOException {
        Optional<PromiseId> after = Optional.empty();
        while (true) {
            List<PublishedRevision> page = published.latestAfter(after, pageSize);
            if (page.isEmpty()) {
                return;
            }
            action.write(page);
            if (page.size() < pageSize) {
                return;
            }
            after = Optional.of(page.getLast().promiseId());
        }
    }

    @FunctionalInterface
    private interface Page {
        void write(List<PublishedRevision> page) throws IOException;
    }
}
