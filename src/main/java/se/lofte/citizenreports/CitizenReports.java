package se.lofte.citizenreports;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.incidents.Incidents;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.MapBounds;
import se.lofte.places.MunicipalityAreas;
import se.lofte.places.PlaceIndex;
import se.lofte.places.PlacePrecision;
import se.lofte.places.PlaceShape;
import se.lofte.places.Places;
import se.lofte.shared.EmailAddresses;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Photos;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * Residents' reports of a problem at a place: receiving them (checked, limited, stored exactly once, an incident at
 * once), "Samma sak?" (open published reports nearby, and support for one instead of a new report) and what anyone
 * may read of them. Moderation is {@link CitizenReportModeration}.
 */
@Service
public class CitizenReports {

    public static final int TEXT_MAX = 2000;
    public static final int PLACE_MAX = 300;
    public static final int WHEN_MAX = 300;
    public static final int KEY_MAX = 100;
    /** How far apart two reports may be and still be offered as the same thing. */
    public static final int NEARBY_METRES = 300;

    static final String AUDIT_SUBJECT = "citizen_report";
    /** Ids asked about in one query: an IN list well within every database's limit on parameters. */
    private static final int PUBLISHED_BATCH = 500;
    private static final Duration ADDRESS_WINDOW = Duration.ofDays(1);
    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    private final CitizenReportRows rows;
    private final Places places;
    private final Organisations organisations;
    private final PlaceIndex placeIndex;
    private final Incidents incidents;
    private final AuditTrail auditTrail;
    private final SubmissionLimits limits;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CitizenReports(CitizenReportRows rows, Places places, Organisations organisations, PlaceIndex placeIndex,
                   Incidents incidents, AuditTrail auditTrail, SubmissionLimits limits,
                   ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.rows = rows;
        this.places = places;
        this.organisations = organisations;
        this.placeIndex = placeIndex;
        this.incidents = incidents;
        this.auditTrail = auditTrail;
        this.limits = limits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks and stores a report; its incident is in the lägesbild at once. A report sent again with the same
     * submission key is {@code Received} with the first one's number and nothing new is stored, also when both
     * arrive at the same moment (the key is unique in the table). The limits are taken only from a report that
     * passed its checks, so that correcting a refused form costs nothing.
     */
    public Submission submit(NewReport report, String clientKey) {
        String key = report.submissionKey() == null || report.submissionKey().isBlank() ? UUID.randomUUID().toString()
                : report.submissionKey().strip();
        if (key.length() > KEY_MAX) {
            return new Submission.Refused(List.of(Problem.of("submissionKey", "cr.problem.keyTooLong",
                    Integer.toString(KEY_MAX))));
        }
        Optional<CitizenReportId> earlier = rows.bySubmissionKey(key);
        if (earlier.isPresent()) {
            return new Submission.Received(earlier.get());
        }
        List<Problem> problems = new ArrayList<>();
        Checked checked = check(report, problems);
        if (!problems.isEmpty()) {
            return new Submission.Refused(problems);
        }
        if (!limits.take(clientKey)) {
            return new Submission.Refused(List.of(Problem.of("submission", "cr.problem.tooManyFromClient")));
        }
        OffsetDateTime now = now();
        if (checked.email() != null
                && rows.sentWithEmail(checked.email(), now.minus(ADDRESS_WINDOW)) >= limits.perAddressPerDay()) {
            return new Submission.Refused(List.of(Problem.of("email", "cr.problem.tooManyForAddress")));
        }
        try {
            return new Submission.Received(transactions.execute(status -> store(key, checked, now)));
        } catch (DuplicateKeyException e) {
            // The same submission, stored a moment ago by another request: that one is the report.
            return new Submission.Received(rows.bySubmissionKey(key).orElseThrow(() -> e));
        }
    }

    /** A published report; empty for one that is not (yet) public, hidden, merged or unknown. */
    public Optional<PublicReport> publicReport(CitizenReportId id) {
        return rows.find(id).filter(r -> r.moderation() == Moderation.PUBLISHED).map(StoredReport::toPublic);
    }

    /**
     * Those of the given reports that residents can read now: published, neither new, hidden nor merged. What is
     * counted in public (the joint follow-up's evidence) is only what staff let through.
     */
    public Set<CitizenReportId> published(Collection<CitizenReportId> ids) {
        List<Long> all = ids.stream().map(CitizenReportId::value).distinct().toList();
        Set<CitizenReportId> published = new HashSet<>();
        for (int from = 0; from < all.size(); from += PUBLISHED_BATCH) {
            published.addAll(rows.publishedAmong(all.subList(from, Math.min(all.size(), from + PUBLISHED_BATCH))));
        }
        return published;
    }

    /** Published reports as the query asks, newest received first. */
    public List<PublicReport> publicReports(ReportQuery query) {
        return rows.published(query).stream().map(StoredReport::toPublic).toList();
    }

    /** The photo of a published report: a JPEG without EXIF or position. */
    public Optional<byte[]> publicPhoto(CitizenReportId id) {
        return publicReport(id).filter(PublicReport::hasPhoto).flatMap(r -> rows.photo(id));
    }

    /**
     * Where a report that was merged went: the report it is now part of, if that one is public. The merged report's
     * own page says so instead of "not found".
     */
    public Optional<CitizenReportId> mergedInto(CitizenReportId id) {
        return rows.find(id).filter(r -> r.moderation() == Moderation.MERGED && r.publishedAt() != null)
                .map(StoredReport::mergedInto).filter(into -> publicReport(into).isPresent());
    }

    /** How many residents said a published report is what they saw too (merged duplicates included). */
    public int supporters(CitizenReportId id) {
        return rows.find(id).filter(r -> r.moderation() == Moderation.PUBLISHED).map(StoredReport::supporters).orElse(0);
    }

    /**
     * "Samma sak?": the open published reports of the same category near the report's place, nearest first: within
     * {@value #NEARBY_METRES} m of its point, or in its district when it has no point. None for a place only in words.
     */
    public List<PublicReport> nearby(String municipalityCode, ReportCategory category, Double latitude, Double longitude,
                                     Long districtId) {
        if (category == null || municipalityCode == null) {
            return List.of();
        }
        List<StoredReport> open = rows.openPublished(municipalityCode, category);
        if (latitude != null && longitude != null) {
            return open.stream().filter(r -> r.latitude() != null && r.longitude() != null)
                    .filter(r -> metres(latitude, longitude, r.latitude(), r.longitude()) <= NEARBY_METRES)
                    .sorted(Comparator.comparingDouble(r -> metres(latitude, longitude, r.latitude(), r.longitude())))
                    .limit(5).map(StoredReport::toPublic).toList();
        }
        if (districtId != null) {
            return open.stream().filter(r -> districtId.equals(r.areaId())).limit(5).map(StoredReport::toPublic).toList();
        }
        return List.of();
    }

    /**
     * A resident says an open published report is what they saw: one more supporter, nothing else stored (no text,
     * no address, no person). The same submission key counts once. False when the report is not open.
     */
    @Transactional
    public boolean support(CitizenReportId id, String submissionKey) {
        Optional<StoredReport> report = rows.lock(id).filter(StoredReport::open);
        if (report.isEmpty() || submissionKey == null || submissionKey.isBlank() || submissionKey.length() > KEY_MAX) {
            return false;
        }
        if (rows.support(submissionKey.strip(), id, now())) {
            events.publishEvent(new CitizenReportsChanged(report.get().municipalityCode()));
        }
        return true;
    }

    /**
     * What is wrong with a report, checked as {@link #submit} checks it but without storing anything or taking from
     * the limits: the form asks before it offers "Samma sak?", so that the resident corrects first.
     */
    public List<Problem> problems(NewReport report) {
        List<Problem> problems = new ArrayList<>();
        check(report, problems);
        return problems;
    }

    /** The report stored under a submission key: the form's receipt. */
    public Optional<CitizenReportId> bySubmissionKey(String key) {
        return key == null || key.length() > KEY_MAX ? Optional.empty() : rows.bySubmissionKey(key);
    }

    /** The box around the municipality's areas, where the form's map opens; empty when none is imported. */
    public Optional<MapBounds> box(String municipalityCode) {
        return places.municipalityAreas(municipalityCode).bounds();
    }

    /** A page of the municipality's published reports, in one district or all, newest first. */
    public ReportListPage page(String municipalityCode, Long districtId, int page) {
        long total = rows.countPublished(municipalityCode, districtId);
        int pages = (int) Math.max(1, (total + ReportListPage.SIZE - 1) / ReportListPage.SIZE);
        int current = Math.clamp(page, 1, pages);
        MunicipalityAreas known = places.municipalityAreas(municipalityCode);
        List<ReportListPage.Listed> listed = rows.publishedPage(municipalityCode, districtId,
                        (current - 1) * ReportListPage.SIZE, ReportListPage.SIZE).stream()
                .map(r -> new ReportListPage.Listed(r.toPublic(), district(known, r), r.supporters())).toList();
        return new ReportListPage(listed, current, pages, total);
    }

    /** The name of the district a published report lies in, if any. */
    public Optional<String> district(CitizenReportId id) {
        return rows.find(id).filter(r -> r.moderation() == Moderation.PUBLISHED)
                .map(r -> district(places.municipalityAreas(r.municipalityCode()), r));
    }

    private static String district(MunicipalityAreas known, StoredReport report) {
        return report.areaId() == null ? null : known.area(report.areaId()).map(PlaceShape::name).orElse(null);
    }

    /** The districts of a municipality a resident may choose as the place: its areas, by name. */
    public List<District> districts(String municipalityCode) {
        return places.municipalityAreas(municipalityCode).areas().stream().map(a -> new District(a.id(), a.name()))
                .sorted(Comparator.comparing(District::name, SWEDISH)).toList();
    }

    /** Great-circle distance in metres (haversine): enough for "within a few hundred metres". */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }

    // --- receiving ---

    /** A report that passed its checks: its municipality, texts and place resolved. */
    private record Checked(Organisation municipality, ReportCategory category, String text, Double latitude,
                           Double longitude, Long areaId, String placeInWords, String whenItHappens, byte[] photo,
                           String email, String flags) {
    }

    private Checked check(NewReport report, List<Problem> problems) {
        Optional<Organisation> municipality = report.municipalityCode() == null ? Optional.empty()
                : organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .filter(m -> report.municipalityCode().equals(m.scbCode())).findFirst();
        if (municipality.isEmpty()) {
            problems.add(Problem.of("municipalityCode", "cr.problem.municipalityUnknown"));
        }
        if (report.category() == null) {
            problems.add(Problem.of("category", "cr.problem.categoryMissing"));
        }
        String text = Typed.orNull(report.description());
        if (text == null) {
            problems.add(Problem.of("description", "cr.problem.descriptionMissing"));
        } else {
            limited("description", text, TEXT_MAX, problems);
        }
        String place = Typed.orNull(report.placeInWords());
        String when = Typed.orNull(report.whenItHappens());
        limited("placeInWords", place, PLACE_MAX, problems);
        limited("whenItHappens", when, WHEN_MAX, problems);
        String email = Typed.orNull(report.email());
        if (email != null) {
            EmailAddresses.problem("email", email).ifPresent(problems::add);
        }
        byte[] photo = null;
        if (report.photo() != null && report.photo().length > 0) {
            try {
                photo = Photos.clean(report.photo(), "photo").jpeg();
            } catch (Photos.Refused refused) {
                problems.add(refused.problem());
            }
        }
        Long areaId = null;
        Double latitude = report.latitude();
        Double longitude = report.longitude();
        if (municipality.isPresent()) {
            MunicipalityAreas known = places.municipalityAreas(municipality.get().scbCode());
            if (latitude != null || longitude != null) {
                if (latitude == null || longitude == null || !Double.isFinite(latitude) || !Double.isFinite(longitude)
                        || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                    problems.add(Problem.of("latitude", "cr.problem.pointInvalid"));
                } else {
                    MunicipalityAreas.Location location = known.locate(latitude, longitude);
                    if (location.accepted()) {
                        areaId = location.areaId();
                    } else {
                        problems.add(Problem.of("latitude", "cr.problem.pointOutside", municipality.get().shortName()));
                    }
                }
            } else if (report.districtId() != null) {
                Optional<PlaceShape> district = known.area(report.districtId());
                if (district.isEmpty()) {
                    problems.add(Problem.of("districtId", "cr.problem.districtUnknown"));
                } else {
                    areaId = district.get().id();
                    place = place == null ? district.get().name() : place;
                }
            } else if (place == null) {
                problems.add(Problem.of("placeInWords", "cr.problem.placeMissing"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Checked(municipality.orElseThrow(), report.category(), text, latitude, longitude, areaId, place, when,
                photo, email, ReportFlags.of(text, place, when));
    }

    /**
     * A text of a report, the resident's or staff's (all of it may be published): within its length and holding no
     * personal identity number. No text is no problem here.
     */
    static void limited(String field, String text, int max, List<Problem> problems) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            problems.add(Problem.of(field, "cr.problem.tooLong", Integer.toString(max), Integer.toString(text.length())));
        }
        if (PersonalIdentityNumbers.containsAny(text)) {
            problems.add(Problem.of(field, "cr.problem.personalNumber"));
        }
    }

    private CitizenReportId store(String key, Checked report, OffsetDateTime now) {
        CitizenReportId id = rows.insert(new CitizenReportRows.Insert(key, report.municipality().scbCode(),
                report.municipality().id(), report.category(), report.text(), report.latitude(), report.longitude(),
                report.areaId(), report.placeInWords(), report.whenItHappens(), report.email(), report.flags(), now));
        if (report.photo() != null) {
            rows.insertPhoto(id, report.photo());
        }
        StoredReport stored = rows.find(id).orElseThrow();
        incidents.reportByResident(incident(stored));
        auditTrail.record(new AuditEvent(null, Set.of(stored.organisation()), AUDIT_SUBJECT, id.toString(), "received",
                null, AuditedReport.of(stored)));
        return id;
    }

    /**
     * The report's incident: at its point when the point is known to lie in the municipality, in its outline or (with
     * none imported) in one of its areas (placed in its area and street), in its district when one was chosen, else in
     * the municipality in words: a point that could not be checked is received but not drawn on the lägesbild as the
     * municipality's. Person-free: no text.
     */
    Incidents.Reported incident(StoredReport report) {
        PlacePrecision precision = PlacePrecision.AREA;
        Double latitude = null;
        Double longitude = null;
        Long areaId = report.areaId();
        Long segmentId = null;
        if (report.latitude() != null && knownInside(places.municipalityAreas(report.municipalityCode())
                .locate(report.latitude(), report.longitude()))) {
            PlaceIndex.Placement placement = placeIndex.place(report.latitude(), report.longitude());
            precision = PlacePrecision.POINT;
            latitude = report.latitude();
            longitude = report.longitude();
            areaId = placement.areaId();
            segmentId = placement.segmentId();
        }
        return new Incidents.Reported(report.id().toString(), report.organisation(), report.municipalityCode(),
                List.of(report.category().incidentCategory()), report.receivedAt(), null, precision, latitude, longitude,
                areaId, segmentId, report.placeInWords(), null);
    }

    /** In the outline, or where none is imported in one of the municipality's areas. */
    private static boolean knownInside(MunicipalityAreas.Location location) {
        return location.verdict() == MunicipalityAreas.Verdict.INSIDE
                || location.verdict() == MunicipalityAreas.Verdict.UNCHECKED && location.areaId() != null;
    }

    private OffsetDateTime now() {
        // Microseconds, as PostgreSQL keeps them, so that a time read back equals the time written.
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
