package se.lofte.publishing.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasureView;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateState;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.publishing.archive.DocumentBlock;
import se.lofte.publishing.archive.DocumentBlock.Heading;
import se.lofte.publishing.archive.DocumentBlock.Items;
import se.lofte.publishing.archive.DocumentBlock.Paragraph;
import se.lofte.publishing.archive.DocumentBlock.Table;
import se.lofte.publishing.archive.SwedishCsv;
import se.lofte.shared.Dates;
import se.lofte.shared.NotFound;
import se.lofte.shared.Ui;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.LagesbildPin;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.TrendChart;
import se.lofte.situation.TrendFormat;
import se.lofte.situation.Trends;

/**
 * Assembles the documentation of lag (2023:196) om kommuners ansvar för brottsförebyggande arbete from what Löfte
 * holds. The headings follow the law's own structure, 4 § (the lägesbild: a mapping of crime, its extent and
 * consequences, other information that matters, and an analysis) and 5 § (the åtgärdsplan decided from it), and
 * Brå's support for local crime prevention ("Samverkan i lokalt brottsförebyggande arbete", its steps lägesbild,
 * genomförande with åtgärdsplaner and medborgarlöften, and uppföljning); see docs/reports.md. The words are
 * Swedish whatever the reader's language: the law and the archive are Swedish.
 */
@Component
class CrimePreventionDocuments {

    private final PublishedPromises published;
    private final PublicPromises promises;
    private final Organisations organisations;
    private final Lagesbilder lagesbilder;
    private final Trends trends;
    private final MeasureManagement measures;
    private final ProgressReading progress;
    private final ProgressUpdates updates;

    CrimePreventionDocuments(PublishedPromises published, PublicPromises promises, Organisations organisations, Lagesbilder lagesbilder,
                             Trends trends, MeasureManagement measures, ProgressReading progress, ProgressUpdates updates) {
        this.published = published;
        this.promises = promises;
        this.organisations = organisations;
        this.lagesbilder = lagesbilder;
        this.trends = trends;
        this.measures = measures;
        this.progress = progress;
        this.updates = updates;
    }

    /** The documentation of the promise whose latest revision is {@code latest}, as {@code staff} may read it. */
    CrimePreventionDocument document(PublishedRevision latest, StaffMember staff, Ui sv, OffsetDateTime now) {
        PromiseContent c = latest.content();
        Organisation municipality = municipality(c);
        int year = c.startYear();
        String title = sv.t("law.title", municipality.name(), c.periodLabel());
        List<DocumentBlock> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "dokument", title));
        blocks.add(new Paragraph(sv.t("law.lead", c.title(), parties(c), c.periodLabel())));

        blocks.add(new Heading(2, "lagesbild", sv.t("law.situation")));
        blocks.add(new Paragraph(sv.t("law.situation.intro", year)));
        Optional<LagesbildDocument> lagesbild = lagesbild(municipality, year, staff);
        blocks.add(new Heading(3, "kartlaggning", sv.t("law.situation.mapping")));
        List<LagesbildPin> pins = lagesbild.map(LagesbildDocument::pins).orElse(List.of());
        var scope = Trends.publicScope(municipality.scbCode());
        int tables = 0;
        for (LagesbildPin pin : pins) {
            var series = trends.pinned(pin, scope);
            if (series.isPresent()) {
                tables++;
                var granularity = series.get().filter().granularity();
                // As the public lägesbild shows them: small counts suppressed, a period no data reaches unknown.
                blocks.add(new Table(pin.title(), List.of(sv.t("law.period"), sv.t("law.count")),
                        series.get().buckets().stream().map(b -> List.of(TrendFormat.bucket(b.start(), granularity,
                                sv.locale()), b.known() ? TrendChart.shown(b.count(), sv) : sv.t("trends.noDataShort")))
                                .toList()));
            }
        }
        if (tables == 0) {
            blocks.add(new Paragraph(sv.t("law.situation.noMapping", year)));
        } else {
            blocks.add(new Paragraph(sv.t("law.situation.suppression")));
        }
        blocks.add(new Heading(3, "annan-information", sv.t("law.situation.other")));
        blocks.add(new Paragraph(c.situation()));
        List<String> places = c.focusPlaceRefs().isEmpty() ? c.focusPlaces()
                : c.focusPlaceRefs().stream().map(PromiseContent.FocusPlaceRef::name).toList();
        if (!places.isEmpty()) {
            blocks.add(new Paragraph(sv.t("law.situation.places")));
            blocks.add(new Items(places));
        }
        blocks.add(new Heading(3, "analys", sv.t("law.situation.analysis")));
        String analysis = lagesbild.map(LagesbildDocument::analysis).orElse("");
        blocks.add(new Paragraph(analysis.isBlank() ? sv.t("law.situation.noAnalysis", year) : analysis));

        blocks.add(new Heading(2, "atgardsplan", sv.t("law.plan")));
        blocks.add(new Paragraph(sv.t("law.plan.intro", c.title(), latest.number(),
                Dates.day(latest.publishedAt(), sv.locale()))));
        blocks.add(new Heading(3, "mal", sv.t("law.plan.goals")));
        blocks.add(c.goals().isEmpty() ? new Paragraph(sv.t("law.none"))
                : new Items(c.goals().stream().map(g -> goal(g, sv)).toList()));
        blocks.add(new Heading(3, "atgarder", sv.t("law.plan.commitments")));
        for (PromiseContent.Commitment k : c.commitments()) {
            String responsible = k.responsible().stream().map(c::partyName).collect(Collectors.joining(", "));
            blocks.add(new Paragraph(k.title() + (responsible.isEmpty() ? "" : " (" + sv.t("law.responsible",
                    responsible) + ")") + "\n" + k.text()));
        }
        blocks.add(new Heading(3, "insatser", sv.t("law.plan.measures")));
        List<MeasureView> logged = measures.ofPromise(latest.promiseId(), staff);
        blocks.add(logged.isEmpty() ? new Paragraph(sv.t("law.plan.noMeasures")) : new Table(sv.t("law.plan.measuresTable"),
                List.of(sv.t("law.measure.period"), sv.t("law.measure.kind"), sv.t("law.measure.responsible"),
                        sv.t("law.measure.place"), sv.t("law.measure.description"), sv.t("law.measure.visibility")),
                logged.stream().sorted(Comparator.comparing(MeasureView::start)).map(m -> List.of(
                        Dates.day(m.start(), sv.locale()) + (m.end().equals(m.start()) ? ""
                                : "–" + Dates.day(m.end(), sv.locale())),
                        m.kind().nameSv(), m.responsibleName(), m.publicPlace() == null ? "" : m.publicPlace(),
                        m.description(), PromiseArchive.visibility(m, now, sv))).toList()));
        blocks.add(new Heading(3, "medborgarlofte", sv.t("law.plan.promise")));
        blocks.add(new Paragraph(c.lead()));
        if (!c.signatories().isEmpty()) {
            blocks.add(new Items(c.signatories().stream().map(s -> s.name() + ", " + s.role() + ", "
                    + c.partyName(s.party())).toList()));
        }
        published.address(c).ifPresent(path -> blocks.add(new Paragraph(sv.t("law.plan.address",
                promises.absolute(path)))));

        blocks.add(new Heading(2, "uppfoljning", sv.t("law.followUp")));
        blocks.add(new Heading(3, "maluppfyllelse", sv.t("law.followUp.goals")));
        List<GoalProgress> goals = progress.goals(latest);
        blocks.add(goals.isEmpty() ? new Paragraph(sv.t("law.followUp.noGoals")) : new Table(sv.t("law.followUp.goalsTable"),
                List.of(sv.t("law.goal"), sv.t("law.goal.baseline"), sv.t("law.goal.target"), sv.t("law.goal.value"),
                        sv.t("law.goal.status")),
                goals.stream().map(g -> goalRow(g, c, sv)).toList()));
        var followUp = PublishedFollowUp.latest(published.revisions(latest.promiseId()), latest.number());
        blocks.add(new Heading(3, "gemensam-uppfoljning", sv.t("law.followUp.joint")));
        followUp.ifPresentOrElse(f -> blocks.add(new Table(sv.t("followup.kind." + f.kind().name(), f.year()),
                        List.of(sv.t("law.followUp.item"), sv.t("law.followUp.verdict"), sv.t("law.followUp.reason"),
                                sv.t("law.followUp.explanation")),
                        f.items().stream().map(i -> List.of(itemTitle(i, c, sv), sv.t("followup.verdict." + i.verdict()),
                                i.reason() == null ? "" : sv.t("followup.reason." + i.reason()),
                                i.explanation() == null ? "" : i.explanation())).toList())),
                () -> blocks.add(new Paragraph(sv.t("law.followUp.noJoint"))));
        blocks.add(new Heading(3, "lagesrapporter", sv.t("law.followUp.updates")));
        List<String> told = updates.forPromise(latest.promiseId(), staff).stream()
                .filter(u -> u.state() == UpdateState.PUBLISHED)
                .map(u -> Dates.day(u.publishedAt(), sv.locale()) + ": " + u.title()).toList();
        blocks.add(told.isEmpty() ? new Paragraph(sv.t("law.followUp.noUpdates")) : new Items(told));

        blocks.add(new Heading(2, "om-dokumentet", sv.t("law.about")));
        blocks.add(new Paragraph(sv.t("law.about.sources")));
        blocks.add(new Paragraph(sv.t("law.about.made", Dates.day(now, sv.locale()), Dates.time(now, sv.locale()),
                latest.number(),
                latest.hashes() == null ? "" : latest.hashes().record())));
        return new CrimePreventionDocument(title, fileName(municipality, c), blocks);
    }

    /** The documentation's file name without extension: the municipality and the promise's first year. */
    static String fileName(Organisation municipality, PromiseContent c) {
        return "brottsforebyggande-" + municipality.slug() + "-" + c.startYear();
    }

    private Optional<LagesbildDocument> lagesbild(Organisation municipality, int year, StaffMember staff) {
        if (lagesbilder.mayRead(staff, municipality)) {
            return Optional.of(lagesbilder.read(municipality, year, staff)).filter(LagesbildDocument::saved);
        }
        return lagesbilder.published(municipality, year);
    }

    Organisation municipality(PromiseContent c) {
        return c.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).findFirst()
                .flatMap(p -> organisations.find(p.id())).orElseThrow(() -> new NotFound("promise's municipality"));
    }

    private static String parties(PromiseContent c) {
        return c.parties().stream().map(PromiseContent.Party::name).collect(Collectors.joining(", "));
    }

    private static String goal(PromiseContent.Goal g, Ui sv) {
        if (!g.isNumeric()) {
            return g.text();
        }
        var n = g.numeric();
        return g.text() + " (" + sv.t("law.goal.numeric", n.indicator(), SwedishCsv.number(n.baseline()),
                SwedishCsv.number(n.target()), n.unit() == null ? "" : n.unit(),
                n.deadline() == null ? "" : Dates.day(n.deadline(), sv.locale())) + ")";
    }

    private static List<String> goalRow(GoalProgress g, PromiseContent c, Ui sv) {
        var goal = c.goals().stream().filter(x -> x.key().equals(g.goalKey())).findFirst();
        var numeric = goal.map(PromiseContent.Goal::numeric);
        return List.of(goal.map(PromiseContent.Goal::text).orElse(g.goalKey()),
                numeric.map(n -> SwedishCsv.number(n.baseline())).orElse(""),
                numeric.map(n -> SwedishCsv.number(n.target())).orElse(""),
                g.value() == null ? sv.t("law.goal.notMeasured")
                        : sv.t("law.goal.valueAsOf", SwedishCsv.number(g.value()), Dates.day(g.asOf(), sv.locale())),
                g.status() == null ? "" : sv.t("progress.status." + g.status().name()));
    }

    private static String itemTitle(PublishedFollowUp.Item item, PromiseContent c, Ui sv) {
        return switch (item.kind()) {
            case COMMITMENT -> c.commitments().stream().filter(k -> k.key().equals(item.key())).findFirst()
                    .map(PromiseContent.Commitment::title).orElse(item.key());
            case GOAL -> c.goals().stream().filter(g -> g.key().equals(item.key())).findFirst()
                    .map(PromiseContent.Goal::text).orElse(item.key());
        };
    }
}
