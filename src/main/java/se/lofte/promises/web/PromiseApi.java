package se.lofte.promises.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.lofte.promises.IntegrityReports;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.PublishedVerdicts;
import se.lofte.promises.RevisionChanges;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotFound;

/**
 * Open data: every published promise and every revision of it, read-only. Drafts never appear here.
 * The JSON is shaped for this API alone, so that the stored form can change without breaking clients; each
 * promise document names the JSON Schema that describes it ({@link PromiseSchemaApi}) in its {@code $schema}.
 */
@OpenAPIDefinition(info = @Info(title = "Löfte", version = "1",
        description = "Open data of published citizen promises (medborgarlöften): each promise as JSON, described by"
                + " the JSON Schema at " + OpenData.SCHEMA_PATH + ", and every promise at once as JSON Lines ("
                + OpenData.JSON_LINES_PATH + ") and CSV (" + OpenData.CSV_PATH + "). No token is needed to read them."
                + " The data is free to use under CC0 1.0; the answers say so in a Link header with rel=\"license\".",
        license = @License(name = "CC0 1.0 (the data)", url = OpenData.LICENCE)))
@RestController
@RequestMapping(path = "/api/promises", produces = "application/json")
@Tag(name = "Medborgarlöften", description = "Published citizen promises and their revisions. " + OpenData.LICENCE_NOTE)
class PromiseApi {

    private final PublishedPromises published;
    private final IntegrityReports integrity;
    private final PublishedVerdicts verdicts;
    private final String schema;

    PromiseApi(PublishedPromises published, IntegrityReports integrity, ObjectProvider<PublishedVerdicts> verdicts,
               LofteProperties properties) {
        this.published = published;
        this.integrity = integrity;
        this.verdicts = verdicts.getIfAvailable(() -> PublishedVerdicts.NONE);
        this.schema = OpenData.schemaAddress(properties);
    }

    /** Every answer of the open data says its licence (RFC 8288), for harvesters that read headers only. */
    @ModelAttribute
    void licence(HttpServletResponse response) {
        OpenData.licence(response);
    }

    @GetMapping
    @Operation(summary = "All published promises, latest revision of each")
    List<PromiseSummaryJson> all() {
        var all = published.all();
        var addresses = published.addresses(all);
        return all.stream().map(r -> summary(r, addresses)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The latest published revision of a promise",
            description = "Described by the JSON Schema named in its $schema member (" + OpenData.SCHEMA_PATH + ").")
    @ApiResponse(responseCode = "404", description = "No published promise with this id")
    RevisionJson latest(@Parameter(description = "Promise id") @PathVariable long id) {
        var revision = published.latest(new PromiseId(id)).orElseThrow(PromiseApi::notFound);
        return revision(revision, published.revisions(revision.promiseId()));
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every published revision of a promise, first first")
    List<RevisionJson> revisions(@PathVariable long id) {
        var all = published.revisions(new PromiseId(id));
        if (all.isEmpty()) {
            throw notFound();
        }
        var addresses = published.addresses(all);
        return all.stream().map(r -> revision(r, all, addresses, schema, verdicts.latest(all, r.number())
                .orElse(null))).toList();
    }

    @GetMapping("/{id}/revisions/{number}")
    @Operation(summary = "One published revision, with what changed since the one before")
    RevisionJson revision(@PathVariable long id, @PathVariable int number) {
        var all = published.revisions(new PromiseId(id));
        return all.stream().filter(r -> r.number() == number).findFirst().map(r -> revision(r, all))
                .orElseThrow(PromiseApi::notFound);
    }

    @GetMapping("/integrity")
    @Operation(summary = "The hashes of every published revision, recomputed, and the revisions that fail",
            description = "Each revision stores content_sha256 (its content), previous_sha256 (the record hash of"
                    + " the revision before) and record_sha256 (its whole record). A failure is \"content\" when the"
                    + " stored content no longer matches its hash, \"record\" when time, publisher, signatures or a"
                    + " stored hash no longer match the record hash, and \"chain\" when the link to the revision"
                    + " before is broken. The check runs again after every change of the public site, such as a"
                    + " publication, and otherwise after ten minutes at most; checkedAt says when it ran. Each"
                    + " client may ask ten times a minute (both by default).")
    @ApiResponse(responseCode = "429", description = "Asked too often: try again after Retry-After seconds")
    IntegrityJson integrity() {
        var checked = integrity.current();
        var report = checked.report();
        return new IntegrityJson(report.checked(), report.intact(), checked.at().atOffset(ZoneOffset.UTC),
                report.problems().stream()
                        .map(p -> new IntegrityProblemJson(p.promiseId().value(), p.revision(),
                                p.failed().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()))
                        .toList());
    }

    private static PromiseSummaryJson summary(PublishedRevision r,
                                              Function<PromiseContent, Optional<String>> addresses) {
        var c = r.content();
        return new PromiseSummaryJson(r.promiseId().value(), c.title(), c.start(), c.end(), parties(c), r.number(),
                r.publishedAt(), addresses.apply(c).orElse(null));
    }

    /** A revision of {@code all}, the promise's revisions, whose addresses are read once for all of them. */
    private RevisionJson revision(PublishedRevision r, List<PublishedRevision> all) {
        return revision(r, all, published.addresses(all), schema, verdicts.latest(all, r.number()).orElse(null));
    }

    /**
     * The document of revision {@code r}, with what changed since the revision before it in {@code all} (the
     * promise's revisions, or at least that one): the same for one promise here and for every promise in the
     * bulk download. {@code followUp} is the newest follow-up published up to {@code r}, or null.
     */
    static RevisionJson revision(PublishedRevision r, List<PublishedRevision> all,
                                 Function<PromiseContent, Optional<String>> addresses, String schema,
                                 PublishedVerdicts.FollowUpFacts followUp) {
        var c = r.content();
        String url = addresses.apply(c).orElse(null);
        var previous = all.stream().filter(o -> o.number() == r.number() - 1).findFirst();
        List<ChangeJson> changes = previous.map(p -> RevisionChanges.between(p.content(), c).stream()
                .map(ch -> new ChangeJson(ch.kind().name(), ch.section(), ch.number(), ch.field(), ch.before(),
                        ch.after()))
                .toList()).orElse(List.of());
        return new RevisionJson(schema, r.promiseId().value(), r.number(), r.publishedAt(), r.publisherName(), url,
                c.title(), c.start(), c.end(), parties(c), c.lead(), c.situation(),
                c.commitments().stream().map(m -> new CommitmentJson(m.key(), m.title(), m.text(),
                        m.responsible().stream().map(c::partyName).toList(),
                        m.theme() == null ? null : m.theme().name())).toList(),
                c.goals().stream().map(g -> new GoalJson(g.key(), g.owner() == null ? null : c.partyName(g.owner()),
                        g.text(), g.numeric() == null ? null : numeric(g.numeric()))).toList(),
                c.focusPlaces(), c.followUp() == null ? null : c.followUp().frequency(),
                c.followUp() == null ? null : c.followUp().convener(), c.followAlong(),
                c.signatories().stream().map(s -> new SignatoryJson(s.name(), s.role(), c.partyName(s.party())))
                        .toList(),
                followUp == null ? null : followUp(followUp),
                changes, r.hashes().content(), r.hashes().previous(), r.hashes().record());
    }

    private static FollowUpJson followUp(PublishedVerdicts.FollowUpFacts f) {
        return new FollowUpJson(f.kind(), f.year(), f.publishedAt(), f.revision(),
                new FollowUpTotalsJson(f.count("COMMITMENT"), f.fulfilled("COMMITMENT"), f.count("GOAL"),
                        f.fulfilled("GOAL")),
                f.items().stream().map(i -> new VerdictJson(i.kind(), i.key(), i.verdict(), i.reason(),
                        i.explanation() == null || i.explanation().isBlank() ? null : i.explanation())).toList());
    }

    private static NumericJson numeric(PromiseContent.NumericTarget n) {
        return new NumericJson(n.indicator(), n.unit(), n.baseline(), n.target(),
                n.direction() == null ? null : n.direction().name(), n.deadline());
    }

    private static List<PartyJson> parties(PromiseContent c) {
        return c.parties().stream().map(p -> new PartyJson(p.id().value(), p.kind().name(), p.name())).toList();
    }

    /** Answered as RFC 9457 problem JSON, as everything under {@code /api}. */
    private static NotFound notFound() {
        return new NotFound("published promise or revision");
    }

    record PromiseSummaryJson(long id, String title, LocalDate start, LocalDate end, List<PartyJson> parties,
                              int latestRevision, OffsetDateTime publishedAt, String url) {
    }

    /** A promise as published; described member by member in {@code schemas/medborgarlofte-1.schema.json}. */
    record RevisionJson(@JsonProperty("$schema") String schema, long id, int revision, OffsetDateTime publishedAt,
                        String publishedBy, String url, String title, LocalDate start, LocalDate end,
                        List<PartyJson> parties, String lead, String situation, List<CommitmentJson> commitments,
                        List<GoalJson> goals,
                        List<String> focusPlaces, String followUpFrequency, String followUpConvener,
                        String followAlong, List<SignatoryJson> signatories,
                        @JsonInclude(JsonInclude.Include.NON_NULL) FollowUpJson followUp, List<ChangeJson> changes,
                        String contentSha256, String previousSha256, String recordSha256) {
    }

    /** The joint follow-up published up to this revision: absent from a document when none is. */
    record FollowUpJson(String kind, int year, OffsetDateTime publishedAt, int revision, FollowUpTotalsJson summary,
                        List<VerdictJson> items) {
    }

    record FollowUpTotalsJson(long commitments, long commitmentsFulfilled, long goals, long goalsReached) {
    }

    record VerdictJson(String kind, String key, String verdict, String reason, String explanation) {
    }

    record IntegrityJson(int checked, boolean intact, OffsetDateTime checkedAt, List<IntegrityProblemJson> problems) {
    }

    record IntegrityProblemJson(long promiseId, int revision, List<String> failed) {
    }

    record PartyJson(long id, String kind, String name) {
    }

    /** {@code theme} is absent from a document when staff have not tagged the commitment. */
    record CommitmentJson(String key, String title, String text, List<String> responsible,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "What the commitment is about, as staff tagged it; absent when not"
                                  + " stated", allowableValues = {"NARCOTICS", "TRAFFIC", "PUBLIC_VIOLENCE", "YOUTH",
                                  "HOUSING_AREAS", "CRIME_PREVENTION", "OTHER"}, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                          String theme) {
    }

    record GoalJson(String key, String owner, String text, NumericJson numeric) {
    }

    record NumericJson(String indicator, String unit, BigDecimal baseline, BigDecimal target, String direction,
                       LocalDate deadline) {
    }

    record SignatoryJson(String name, String role, String party) {
    }

    record ChangeJson(String kind, String section, int number, String field, String before, String after) {
    }
}
