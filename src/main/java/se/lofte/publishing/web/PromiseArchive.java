package se.lofte.publishing.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.StaffMember;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasureView;
import se.lofte.organisations.Organisation;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressPoint;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.StaffUpdate;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.publishing.archive.HashedZip;
import se.lofte.publishing.archive.SwedishCsv;
import se.lofte.shared.Dates;
import se.lofte.shared.SpreadsheetCells;
import se.lofte.shared.Ui;

/**
 * Everything behind a promise in one ZIP, for the municipal archive and for requests for public records
 * (allmänna handlingar): every published revision and follow-up as JSON, with the hashes that chain them; the goals
 * with their recorded values, every measure (those not yet public too, marked so) and every update as CSV; the
 * report as PDF; a README in Swedish; and a manifest of every file's SHA-256. Written to the response as it is
 * made, file by file.
 */
@Component
class PromiseArchive {

    static final String MANIFEST = "manifest-sha256.txt";
    static final List<String> GOAL_COLUMNS = List.of("Mål (nyckel)", "Mål", "Indikator", "Enhet", "Utgångsvärde",
            "Målvärde", "Riktning", "Senast", "Status", "Källa", "Datum", "Värde");
    static final List<String> MEASURE_COLUMNS = List.of("Id", "Start", "Slut", "Typ", "Ansvarig", "Åtaganden",
            "Plats", "Plats som allmänheten ser", "Beskrivning", "Utfall", "Offentlig från", "Synlighet", "Loggad",
            "Loggad av", "Ändrad", "Ändrad av", "Bilagor");
    static final List<String> UPDATE_COLUMNS = List.of("Id", "Läge", "Slag", "Rubrik", "Text", "Åtaganden", "Part",
            "Avsändare", "Skriven av", "Ändrad", "Publicerad");

    private final PublishedPromises published;
    private final PublicPromises site;
    private final MeasureManagement measures;
    private final ProgressReading progress;
    private final ProgressUpdates updates;
    private final PromiseReports reports;
    private final ReportPdf pdf;
    private final JsonMapper json;
    private final String readme;

    PromiseArchive(PublishedPromises published, PublicPromises site, MeasureManagement measures,
                   ProgressReading progress, ProgressUpdates updates, PromiseReports reports, ReportPdf pdf,
                   JsonMapper json) {
        this.published = published;
        this.site = site;
        this.measures = measures;
        this.progress = progress;
        this.updates = updates;
        this.reports = reports;
        this.pdf = pdf;
        this.json = json;
        this.readme = ReportPdf.read("report/archive-README.txt");
    }

    /** The archive's file name: the promise's municipality and year, and the day it was made. */
    static String fileName(Organisation municipality, PromiseContent c, OffsetDateTime now) {
        return "arkiv-medborgarlofte-" + municipality.slug() + "-" + c.startYear() + "-" + Dates.iso(now) + ".zip";
    }

    /** Writes the archive of the promise whose latest revision is {@code latest} to {@code out}. */
    void write(PublishedRevision latest, Organisation municipality, StaffMember staff, Ui sv, OffsetDateTime now,
               OutputStream out) throws IOException {
        PromiseContent c = latest.content();
        List<PublishedRevision> revisions = published.revisions(latest.promiseId());
        try (var zip = new HashedZip(out)) {
            zip.entry("README.txt", readme(latest, revisions, municipality, now).getBytes(StandardCharsets.UTF_8));
            for (PublishedRevision r : revisions) {
                try (OutputStream file = zip.entry(revisionPath(r))) {
                    json.writerWithDefaultPrettyPrinter().writeValue(file, revision(r));
                }
            }
            for (PublishedRevision r : revisions) {
                Optional<PublishedFollowUp> followUp = PublishedFollowUp.of(r);
                if (followUp.isPresent()) {
                    try (OutputStream file = zip.entry(followUpPath(followUp.get()))) {
                        json.writerWithDefaultPrettyPrinter().writeValue(file, json.readTree(r.followUpJson()));
                    }
                }
            }
            try (CSVPrinter csv = SwedishCsv.printer(zip.entry("mal.csv"))) {
                goals(csv, c, progress.goals(latest), sv);
            }
            try (CSVPrinter csv = SwedishCsv.printer(zip.entry("atgarder.csv"))) {
                csv.printRecord(MEASURE_COLUMNS);
                for (MeasureView m : measures.ofPromise(latest.promiseId(), staff)) {
                    csv.printRecord(measure(m, c, now, sv));
                }
            }
            try (CSVPrinter csv = SwedishCsv.printer(zip.entry("uppdateringar.csv"))) {
                csv.printRecord(UPDATE_COLUMNS);
                for (StaffUpdate u : updates.forPromise(latest.promiseId(), staff)) {
                    csv.printRecord(update(u, c, sv));
                }
            }
            zip.entry("rapport.pdf", pdf.render(reports.report(municipality.slug(), c.startYear(), true), sv));
            zip.finish(MANIFEST);
        }
    }

    static String revisionPath(PublishedRevision r) {
        return "medborgarlofte/version-%03d.json".formatted(r.number());
    }

    static String followUpPath(PublishedFollowUp f) {
        return "uppfoljningar/%s-%d-version-%03d.json".formatted(f.kind() == se.lofte.followup.FollowUpKind.YEAR_END
                ? "helar" : "halvar", f.year(), f.revision());
    }

    /**
     * A revision as stored: its content, signatures and follow-up as the JSON its hashes were taken over, so that
     * anyone can recompute them (README.txt says how).
     */
    private Map<String, Object> revision(PublishedRevision r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("promiseId", r.promiseId().value());
        doc.put("revision", r.number());
        doc.put("publishedAt", r.publishedAt());
        doc.put("publisherName", r.publisherName());
        Map<String, Object> hashes = new LinkedHashMap<>();
        hashes.put("contentSha256", r.hashes() == null ? null : r.hashes().content());
        hashes.put("previousSha256", r.hashes() == null ? null : r.hashes().previous());
        hashes.put("recordSha256", r.hashes() == null ? null : r.hashes().record());
        doc.put("hashes", hashes);
        doc.put("signatures", json.readTree(r.signaturesJson()));
        doc.put("content", json.readTree(r.contentJson()));
        doc.put("followUp", r.followUp() ? json.readTree(r.followUpJson()) : null);
        return doc;
    }

    private static void goals(CSVPrinter csv, PromiseContent c, List<GoalProgress> measured, Ui sv) throws IOException {
        csv.printRecord(GOAL_COLUMNS);
        Map<String, GoalProgress> byKey = measured.stream()
                .collect(Collectors.toMap(GoalProgress::goalKey, g -> g, (a, b) -> a));
        for (PromiseContent.Goal goal : c.goals()) {
            var n = goal.numeric();
            GoalProgress g = byKey.get(goal.key());
            List<Object> head = Arrays.asList(goal.key(), SpreadsheetCells.text(goal.text()),
                    n == null ? "" : SpreadsheetCells.text(n.indicator()),
                    n == null || n.unit() == null ? "" : SpreadsheetCells.text(n.unit()),
                    n == null ? "" : SwedishCsv.number(n.baseline()), n == null ? "" : SwedishCsv.number(n.target()),
                    n == null || n.direction() == null ? "" : n.direction().name(),
                    n == null || n.deadline() == null ? "" : n.deadline().toString(),
                    g == null || g.status() == null ? "" : sv.t("progress.status." + g.status().name()),
                    g == null || g.sourceSv() == null ? "" : SpreadsheetCells.text(g.sourceSv()));
            List<ProgressPoint> points = g == null ? List.of() : g.series();
            if (points.isEmpty()) {
                List<Object> row = new ArrayList<>(head);
                row.addAll(List.of("", ""));
                csv.printRecord(row);
            }
            for (ProgressPoint p : points) {
                List<Object> row = new ArrayList<>(head);
                row.add(p.date().toString());
                row.add(SwedishCsv.number(p.value()));
                csv.printRecord(row);
            }
        }
    }

    private static List<Object> measure(MeasureView m, PromiseContent c, OffsetDateTime now, Ui sv) {
        return Arrays.asList(m.id().value(), m.start().toString(), m.end().toString(), SpreadsheetCells.text(m.kind().nameSv()),
                SpreadsheetCells.text(m.responsibleName()), String.join(", ", m.commitmentKeys()),
                m.placeName() == null ? "" : SpreadsheetCells.text(m.placeName()),
                m.publicPlace() == null ? "" : SpreadsheetCells.text(m.publicPlace()),
                SpreadsheetCells.text(m.description()),
                m.outputs().stream().map(o -> SwedishCsv.number(o.quantity()) + " " + o.unit())
                        .collect(Collectors.joining(", ")),
                SwedishCsv.time(m.publicSince()), visibility(m, now, sv), SwedishCsv.time(m.loggedAt()),
                SpreadsheetCells.text(m.loggedBy()), SwedishCsv.time(m.updatedAt()),
                SpreadsheetCells.text(m.updatedBy()), m.attachments().size());
    }

    /** Whether residents see a measure now: the archive holds those they do not see yet, and says so. */
    static String visibility(MeasureView m, OffsetDateTime now, Ui sv) {
        if (m.outsidePeriod()) {
            return sv.t("archive.visibility.outsidePeriod");
        }
        return m.heldBackAt(now) ? sv.t("archive.visibility.heldBack") : sv.t("archive.visibility.public");
    }

    private static List<Object> update(StaffUpdate u, PromiseContent c, Ui sv) {
        String party = c.parties().stream().filter(p -> p.id().equals(u.party())).map(PromiseContent.Party::name)
                .findFirst().orElse(u.party() == null ? "" : u.party().toString());
        return Arrays.asList(u.id().value(), sv.t("progress.update.state." + u.state().name()),
                sv.t("progress.update.kind." + u.kind().name()), SpreadsheetCells.text(u.title()),
                SpreadsheetCells.text(u.text()), String.join(", ", u.commitmentKeys()), SpreadsheetCells.text(party),
                SpreadsheetCells.text(u.author()), SpreadsheetCells.text(u.createdBy()), SwedishCsv.time(u.updatedAt()),
                SwedishCsv.time(u.publishedAt()));
    }

    private String readme(PublishedRevision latest, List<PublishedRevision> revisions, Organisation municipality,
                          OffsetDateTime now) {
        PromiseContent c = latest.content();
        String files = revisions.stream().map(PromiseArchive::revisionPath).collect(Collectors.joining("\n  "));
        return readme.replace("${title}", c.title())
                .replace("${parties}", c.parties().stream().map(PromiseContent.Party::name)
                        .collect(Collectors.joining(", ")))
                .replace("${municipality}", municipality.name())
                .replace("${period}", c.periodLabel())
                .replace("${exported}", SwedishCsv.time(now))
                .replace("${revisions}", files)
                .replace("${address}", published.address(c).map(site::absolute).orElse(""))
                .replace("${promiseId}", Long.toString(latest.promiseId().value()))
                .replace("${manifest}", MANIFEST);
    }
}
