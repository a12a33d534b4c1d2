package se.lofte.situation.reports;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.incidents.Incidents;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.MapBounds;
import se.lofte.places.PlaceIndex;
import se.lofte.places.PlacePrecision;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.situation.SituationAccess;

/**
 * Place reports: submitting, correcting and withdrawing them, the reporter's own list and the weekly
 * picture of an organisation. Each checked category becomes one incident, stored by {@link Incidents} with
 * source {@value Incidents#PLACE_REPORT_SOURCE} and source id {@code <report id>/<category>}; incidents carry
 * no person. Who reported is kept in {@code place_report} and in the audit trail.
 */
@Service
public class PlaceReports {

    public static final int TEXT_MAX = 500;
    public static final int PLACE_NAME_MAX = 300;
    public static final int CATEGORY_MAX = 100;
    /** How long after reporting the reporter may still correct or withdraw a report. */
    public static final Duration CHANGEABLE_FOR = Duration.ofDays(7);

    private static final String AUDIT_SUBJECT = "place_report";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final SituationAccess access;
    private final MunicipalityPlaces places;
    private final PlaceIndex placeIndex;
    private final AuditTrail auditTrail;
    private final Incidents incidents;
    private final Clock clock;

    PlaceReports(JdbcClient jdbc, Organisations organisations, SituationAccess access, MunicipalityPlaces places,
                 PlaceIndex placeIndex, AuditTrail auditTrail, Incidents incidents, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.access = access;
        this.places = places;
        this.placeIndex = placeIndex;
        this.auditTrail = auditTrail;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Today in Sweden: the default date of a report and the latest one allowed. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.SWEDEN));
    }

    /**
     * The organisations the person reports for (as reporter, analyst or editor), each with the
     * municipalities its reports may be counted in: a municipality its own, a local police area those it
     * covers. Other actors and the higher police levels have no municipality of their own in Löfte, so they
     * choose among all.
     */
    public List<ReportingFor> reportingFor(StaffMember member) {
        Set<OrganisationId> ids = new LinkedHashSet<>(member.organisationsWhere(Role.REPORTER));
        ids.addAll(access.importingOrganisations(member));
        List<ReportingFor> result = new ArrayList<>();
        List<Organisation> all = null;
        for (Organisation organisation : organisations.findAll(ids)) {
            List<Organisation> municipalities;
            if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                municipalities = List.of(organisation);
            } else if (organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                municipalities = organisations.coveredMunicipalities(organisation.id());
            } else {
                all = all != null ? all : organisations.all(OrganisationKind.MUNICIPALITY);
                municipalities = all;
            }
            for (Organisation m : municipalities) {
                result.add(new ReportingFor(organisation.id(), organisation.name(), m.scbCode(), m.name()));
            }
        }
        result.sort(Comparator.comparing(ReportingFor::label, SWEDISH));
        return result;
    }

    /** The choice for an organisation and municipality, if the person may report for it. */
    public Optional<ReportingFor> reportingFor(StaffMember member, Long organisation, String municipality) {
        if (organisation == null || municipality == null) {
            return Optional.empty();
        }
        return reportingFor(member).stream()
                .filter(r -> r.organisation().value() == organisation && r.municipalityCode().equals(municipality))
                .findFirst();
    }

    /** The named places of the municipality: areas and street segments, and the box around its areas. */
    public PlaceChoices placeChoices(ReportingFor where) {
        MunicipalityPlaces.Found found = places.of(where.municipalityCode(), municipalityId(where.municipalityCode()));
        return new PlaceChoices(found.areaChoices(), found.segmentChoices(), found.areas().bounds().orElse(null));
    }

    /**
     * The named places of a municipality, and the bounds of its areas (null when none is imported: the map has
     * nowhere to open and is not offered).
     */
    public record PlaceChoices(List<PlaceChoice> areas, List<PlaceChoice> streets, MapBounds bounds) {
    }

    /** The checklist for an organisation: the common EST set, then the organisation's own. */
    public List<ReportCategory> categories(OrganisationId organisation) {
        return jdbc.sql("select id, organisation_id, name from report_category"
                        + " where organisation_id is null or organisation_id = ?"
                        + " order by case when organisation_id is null then 0 else 1 end, sort_order, id")
                .param(organisation.value())
                .query((rs, row) -> new ReportCategory(rs.getLong("id"), (Long) rs.getObject("organisation_id", Long.class),
                        rs.getString("name")))
                .list();
    }

    @Transactional
    public ReportResult submit(StaffMember reporter, ReportInput input) {
        ReportingFor where = allowed(reporter, input);
        List<Problem> problems = new ArrayList<>();
        Resolved resolved = resolve(where, input, problems);
        if (!problems.isEmpty()) {
            return new ReportResult(null, problems);
        }
        String id = UUID.randomUUID().toString();
        ReportContent content = new ReportContent(input, resolved.label());
        jdbc.sql("insert into place_report (id, organisation_id, municipality_code, reported_by, reported_at,"
                        + " content_json) values (?, ?, ?, ?, ?, ?)")
                .params(id, where.organisation().value(), where.municipalityCode(), reporter.username(), now(),
                        JSON.writeValueAsString(content))
                .update();
        incidents.report(reported(id, where, input, resolved));
        auditTrail.record(new AuditEvent(reporter.username(), Set.of(where.organisation()), AUDIT_SUBJECT, id,
                "reported", null, audited(where, content)));
        return new ReportResult(id, List.of());
    }

    /** Replaces a report with a corrected one; only its reporter may, within {@link #CHANGEABLE_FOR}. */
    @Transactional
    public ReportResult correct(StaffMember reporter, String id, ReportInput input) {
        Stored stored = ownChangeable(reporter, id);
        if (stored.problem() != null) {
            return new ReportResult(id, List.of(stored.problem()));
        }
        ReportingFor where = stored.where();
        // The organisation and municipality of a report stay what they were; the form cannot move it.
        ReportInput kept = new ReportInput(where.organisation().value(), where.municipalityCode(), input.place(),
                input.placeName(), input.latitude(), input.longitude(), input.categories(), input.date(), input.time(),
                input.partOfDay(), input.text());
        List<Problem> problems = new ArrayList<>();
        Resolved resolved = resolve(where, kept, problems);
        if (!problems.isEmpty()) {
            return new ReportResult(id, problems);
        }
        ReportContent content = new ReportContent(kept, resolved.label());
        incidents.correctReport(reported(id, where, kept, resolved));
        jdbc.sql("update place_report set content_json = ?, corrected_at = ? where id = ?")
                .params(JSON.writeValueAsString(content), now(), id).update();
        auditTrail.record(new AuditEvent(reporter.username(), Set.of(where.organisation()), AUDIT_SUBJECT, id,
                "corrected", audited(where, stored.summary().content()), audited(where, content)));
        return new ReportResult(id, List.of());
    }

    /**
     * Withdraws a report: its incidents go, the report stays in its reporter's list as withdrawn. Empty when
     * done; the problem when it is too late or already withdrawn.
     */
    @Transactional
    public Optional<Problem> withdraw(StaffMember reporter, String id) {
        Stored stored = ownChangeable(reporter, id);
        if (stored.problem() != null) {
            return Optional.of(stored.problem());
        }
        incidents.withdrawReport(stored.where().organisation(), id);
        jdbc.sql("update place_report set withdrawn_at = ? where id = ?").params(now(), id).update();
        auditTrail.record(new AuditEvent(reporter.username(), Set.of(stored.where().organisation()), AUDIT_SUBJECT, id,
                "withdrawn", audited(stored.where(), stored.summary().content()), null));
        return Optional.empty();
    }

    /** One of the person's own reports; 403 for anyone else's, empty when there is no such report. */
    public Optional<ReportSummary> own(StaffMember reporter, String id) {
        Optional<Row> row = row(id);
        if (row.isPresent() && !row.get().reportedBy().equals(reporter.username())) {
            throw new NotAllowed("Only the reporter may see or change a report");
        }
        return row.map(r -> summary(r, organisationNames(Set.of(r.organisationId()))));
    }

    /** The person's latest reports, newest first. */
    public List<ReportSummary> mine(StaffMember reporter, int limit) {
        List<Row> rows = jdbc.sql("select " + ROW_COLUMNS + " from place_report where reported_by = ?"
                        + " order by reported_at desc, id limit ?")
                .params(reporter.username(), limit).query(PlaceReports::row).list();
        Map<Long, String> names = organisationNames(rows.stream().map(Row::organisationId).collect(Collectors.toSet()));
        return rows.stream().map(r -> summary(r, names)).toList();
    }

    /** The organisations whose weekly picture the person may read: where they are analyst or editor. */
    public List<Organisation> weeklyPictureOrganisations(StaffMember member) {
        return organisations.findAll(access.importingOrganisations(member)).stream()
                .sorted(Comparator.comparing(Organisation::name, SWEDISH)).toList();
    }

    /** The organisation's reports of incidents in the week starting {@code monday}, counted; 403 for others. */
    public WeeklyPicture week(StaffMember member, OrganisationId organisation, LocalDate monday) {
        if (!access.mayImport(member, organisation)) {
            throw new NotAllowed("The weekly picture is for the organisation's analysts and editors");
        }
        List<Incidents.ReportedIncident> hits = incidents.reported(organisation,
                Dates.startOf(monday), Dates.startOf(monday.plusWeeks(1)));
        Comparator<String> swedish = Comparator.nullsLast(SWEDISH::compare);
        Map<String, Map<String, Long>> byPlace = new TreeMap<>(swedish);
        Map<String, Long> byCategory = new TreeMap<>(swedish);
        Set<String> reports = new LinkedHashSet<>();
        for (Incidents.ReportedIncident hit : hits) {
            reports.add(hit.reportId());
            byPlace.computeIfAbsent(hit.placeName(), p -> new TreeMap<>(swedish)).merge(hit.category(), 1L, Long::sum);
            byCategory.merge(hit.category(), 1L, Long::sum);
        }
        List<WeeklyPicture.Count> placeCounts = new ArrayList<>();
        byPlace.forEach((place, counts) -> counts.forEach((category, n) ->
                placeCounts.add(new WeeklyPicture.Count(place, category, n))));
        List<WeeklyPicture.Count> categoryCounts = byCategory.entrySet().stream()
                .map(e -> new WeeklyPicture.Count(null, e.getKey(), e.getValue())).toList();
        return new WeeklyPicture(monday, reports.size(), placeCounts, categoryCounts);
    }

    /** The organisations whose own categories the person may add and remove: those they administer. */
    public List<Organisation> categoryOrganisations(StaffMember member) {
        return organisations.findAll(member.organisationsWhere(Role.ORGANISATION_ADMIN)).stream()
                .sorted(Comparator.comparing(Organisation::name, SWEDISH)).toList();
    }

    /** Adds a category of the organisation's own; 403 unless the person administers it. */
    @Transactional
    public Optional<Problem> addCategory(StaffMember admin, OrganisationId organisation, String name) {
        requireAdministrator(admin, organisation);
        String stripped = Typed.text(name);
        if (stripped.isEmpty()) {
            return Optional.of(Problem.of("name", "reports.problem.categoryMissing"));
        }
        if (stripped.length() > CATEGORY_MAX || stripped.contains("/")) {
            return Optional.of(Problem.of("name", "reports.problem.categoryInvalid", Integer.toString(CATEGORY_MAX)));
        }
        if (categories(organisation).stream().anyMatch(c -> c.name().equalsIgnoreCase(stripped))) {
            return Optional.of(Problem.of("name", "reports.problem.categoryTaken", stripped));
        }
        int next = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from report_category where organisation_id = ?")
                .param(organisation.value()).query(Integer.class).single();
        jdbc.sql("insert into report_category (organisation_id, name, sort_order) values (?, ?, ?)")
                .params(organisation.value(), stripped, next).update();
        auditTrail.record(new AuditEvent(admin.username(), Set.of(organisation), "report_category", stripped,
                "created", null, AuditEvent.json(Map.of("organisation", organisation.value(), "name", stripped))));
        return Optional.empty();
    }

    /**
     * Removes a category of the organisation's own from the checklist; 403 for the common set and for other
     * organisations' categories. Incidents already reported keep the category's name.
     */
    @Transactional
    public void removeCategory(StaffMember admin, long id) {
        ReportCategory category = jdbc.sql("select id, organisation_id, name from report_category where id = ?")
                .param(id)
                .query((rs, row) -> new ReportCategory(rs.getLong("id"), (Long) rs.getObject("organisation_id", Long.class),
                        rs.getString("name")))
                .optional().orElseThrow(() -> new NotAllowed("No such category"));
        if (category.common()) {
            throw new NotAllowed("The common EST categories are the same for everyone");
        }
        OrganisationId organisation = new OrganisationId(category.organisationId());
        requireAdministrator(admin, organisation);
        jdbc.sql("delete from report_category where id = ?").param(id).update();
        auditTrail.record(new AuditEvent(admin.username(), Set.of(organisation), "report_category", category.name(),
                "removed", AuditEvent.json(Map.of("organisation", organisation.value(), "name", category.name())), null));
    }

    private static void requireAdministrator(StaffMember admin, OrganisationId organisation) {
        if (!admin.has(Role.ORGANISATION_ADMIN, organisation)) {
            throw new NotAllowed("Only the organisation's administrators change its categories");
        }
    }

    // --- rules ---

    /** Who may report for what is checked before anything else: a stranger learns nothing from the answer. */
    private ReportingFor allowed(StaffMember reporter, ReportInput input) {
        if (input.organisation() == null || !access.mayReport(reporter, new OrganisationId(input.organisation()))) {
            throw new NotAllowed("The person does not report for this organisation");
        }
        return reportingFor(reporter, input.organisation(), input.municipality())
                .orElseThrow(() -> new NotAllowed("The organisation does not report for this municipality"));
    }

    /** Where and when, checked; problems are added for every field that is wrong. */
    private Resolved resolve(ReportingFor where, ReportInput input, List<Problem> problems) {
        List<String> known = categories(where.organisation()).stream().map(ReportCategory::name).toList();
        if (input.categories().isEmpty()) {
            problems.add(Problem.of("categories", "reports.problem.noCategory"));
        } else {
            input.categories().stream().filter(c -> !known.contains(c)).findFirst()
                    .ifPresent(c -> problems.add(Problem.of("categories", "reports.problem.unknownCategory", c)));
        }
        Span span = span(input, problems);
        if (input.text().length() > TEXT_MAX) {
            problems.add(Problem.of("text", "reports.problem.textTooLong", Integer.toString(TEXT_MAX),
                    Integer.toString(input.text().length())));
        }
        List<String> numbers = PersonalIdentityNumbers.findIn(input.text());
        if (!numbers.isEmpty()) {
            problems.add(Problem.of("text", "reports.problem.personalNumber", String.join(", ", numbers)));
        }
        if (input.placeName().length() > PLACE_NAME_MAX) {
            problems.add(Problem.of("placeName", "reports.problem.placeNameTooLong", Integer.toString(PLACE_NAME_MAX)));
        }
        List<String> placeNumbers = PersonalIdentityNumbers.findIn(input.placeName());
        if (!placeNumbers.isEmpty()) {
            problems.add(Problem.of("placeName", "reports.problem.personalNumber", String.join(", ", placeNumbers)));
        }
        Place place = place(where, input, problems);
        return new Resolved(span, place, place == null ? null : place.label());
    }

    private Span span(ReportInput input, List<Problem> problems) {
        if (input.date().isEmpty()) {
            problems.add(Problem.of("date", "reports.problem.dateMissing"));
            return null;
        }
        LocalDate date = parsed(input.date(), LocalDate::parse, "date", "reports.problem.dateInvalid", problems);
        if (date == null) {
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Dates.SWEDEN));
        if (date.isAfter(now.toLocalDate())) {
            problems.add(Problem.of("date", "reports.problem.dateFuture"));
            return null;
        }
        if (!input.time().isEmpty()) {
            LocalTime time = parsed(input.time(), LocalTime::parse, "time", "reports.problem.timeInvalid", problems);
            if (time == null) {
                return null;
            }
            ZonedDateTime at = date.atTime(time).atZone(Dates.SWEDEN);
            if (at.isAfter(now)) {
                problems.add(Problem.of("time", "reports.problem.timeFuture"));
                return null;
            }
            return new Span(at.toOffsetDateTime(), null);
        }
        if (!input.partOfDay().isEmpty()) {
            Optional<PartOfDay> part = PartOfDay.byWord(input.partOfDay());
            if (part.isEmpty()) {
                problems.add(Problem.of("partOfDay", "reports.problem.partOfDayInvalid"));
                return null;
            }
            ZonedDateTime from = date.atTime(part.get().start()).atZone(Dates.SWEDEN);
            if (from.isAfter(now)) {
                problems.add(Problem.of("partOfDay", "reports.problem.partOfDayFuture"));
                return null;
            }
            return new Span(from.toOffsetDateTime(), date.atStartOfDay(Dates.SWEDEN).plusHours(part.get().toHour())
                    .toOffsetDateTime());
        }
        return new Span(Dates.startOf(date), Dates.startOf(date.plusDays(1)));
    }

    /** The text as {@code parse} reads it; null, with a problem quoting the text, when it cannot. */
    private static <T> T parsed(String text, Function<String, T> parse, String field, String invalid,
                                List<Problem> problems) {
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, invalid, text));
            return null;
        }
    }

    /** A map point wins over a chosen place, which wins over a name in the reporter's words. */
    private Place place(ReportingFor where, ReportInput input, List<Problem> problems) {
        boolean point = !input.latitude().isEmpty() || !input.longitude().isEmpty();
        if (!point && input.place().isEmpty() && input.placeName().isEmpty()) {
            problems.add(Problem.of("place", "reports.problem.placeMissing"));
            return null;
        }
        if (!point && input.place().isEmpty()) {
            return new Place(PlacePrecision.AREA, null, null, null, null, input.placeName());
        }
        MunicipalityPlaces.Found found = places.of(where.municipalityCode(), municipalityId(where.municipalityCode()));
        if (point) {
            Double latitude = Typed.decimal(input.latitude());
            Double longitude = Typed.decimal(input.longitude());
            if (latitude == null || longitude == null) {
                problems.add(Problem.of("place", "reports.problem.pointInvalid"));
                return null;
            }
            if (!found.areas().locate(latitude, longitude).accepted()) {
                problems.add(Problem.of("place", "reports.problem.pointOutside", where.municipalityName()));
                return null;
            }
            PlaceIndex.Placement placement = placeIndex.place(latitude, longitude);
            String label = !input.placeName().isEmpty() ? input.placeName()
                    : placement.segmentId() != null ? found.segment(placement.segmentId()).map(s -> s.name()).orElse(null)
                    : placement.areaId() != null ? found.area(placement.areaId()).map(a -> a.label()).orElse(null)
                    : null;
            return new Place(PlacePrecision.POINT, latitude, longitude, placement.areaId(), placement.segmentId(), label);
        }
        String[] parts = input.place().split(":", 2);
        Long typedId = parts.length == 2 ? Typed.wholeNumber(parts[1]) : null;
        long id = typedId == null ? -1 : typedId;
        String name = input.placeName();
        if (parts[0].equals("area")) {
            Optional<MunicipalityPlaces.Area> area = found.area(id);
            if (area.isPresent()) {
                return new Place(PlacePrecision.AREA, null, null, area.get().id(), null,
                        name.isEmpty() ? area.get().label() : name);
            }
        } else if (parts[0].equals("segment")) {
            Optional<MunicipalityPlaces.Segment> segment = found.segment(id);
            if (segment.isPresent()) {
                Coordinate middle = segment.get().middle();
                Long areaId = placeIndex.place(middle.y, middle.x).areaId();
                return new Place(PlacePrecision.SEGMENT, middle.y, middle.x, areaId, segment.get().id(),
                        name.isEmpty() ? segment.get().name() : name);
            }
        }
        problems.add(Problem.of("place", "reports.problem.placeOutside", where.municipalityName()));
        return null;
    }

    private static Incidents.Reported reported(String id, ReportingFor where, ReportInput input, Resolved resolved) {
        Place place = resolved.place();
        return new Incidents.Reported(id, where.organisation(), where.municipalityCode(), input.categories(),
                resolved.span().from(), resolved.span().to(), place.precision(), place.latitude(), place.longitude(),
                place.areaId(), place.segmentId(), place.label(), input.text().isEmpty() ? null : input.text());
    }

    /** The report if it is the person's own and still changeable; a problem saying why not otherwise. */
    private Stored ownChangeable(StaffMember reporter, String id) {
        ReportSummary summary = own(reporter, id).orElseThrow(() -> new NotAllowed("No such report"));
        Row row = row(id).orElseThrow();
        Organisation municipality = organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .filter(m -> m.scbCode().equals(row.municipalityCode())).findFirst().orElseThrow();
        var where = new ReportingFor(new OrganisationId(row.organisationId()), summary.organisationName(),
                row.municipalityCode(), municipality.name());
        if (summary.withdrawn()) {
            return new Stored(summary, where, Problem.of("report", "reports.problem.withdrawn"));
        }
        if (!summary.changeable()) {
            return new Stored(summary, where, Problem.of("report", "reports.problem.tooLate",
                    Long.toString(CHANGEABLE_FOR.toDays())));
        }
        return new Stored(summary, where, null);
    }

    private static final String ROW_COLUMNS = "id, organisation_id, municipality_code, reported_by, reported_at,"
            + " corrected_at, withdrawn_at, content_json";

    private Optional<Row> row(String id) {
        return jdbc.sql("select " + ROW_COLUMNS + " from place_report where id = ?").param(id)
                .query(PlaceReports::row).optional();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getLong("organisation_id"), rs.getString("municipality_code"),
                rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("corrected_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("content_json"));
    }

    private ReportSummary summary(Row row, Map<Long, String> organisationNames) {
        boolean changeable = row.withdrawnAt() == null && row.reportedAt().plus(CHANGEABLE_FOR).isAfter(now());
        return new ReportSummary(row.id(), organisationNames.getOrDefault(row.organisationId(), ""), row.reportedAt(),
                row.correctedAt(), row.withdrawnAt(), JSON.readValue(row.contentJson(), ReportContent.class), changeable);
    }

    private Map<Long, String> organisationNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organisations.findAll(ids.stream().map(OrganisationId::new).toList())
                .forEach(o -> names.put(o.id().value(), o.name()));
        return names;
    }

    private long municipalityId(String scbCode) {
        return organisations.all(OrganisationKind.MUNICIPALITY).stream().filter(m -> scbCode.equals(m.scbCode()))
                .findFirst().map(m -> m.id().value()).orElse(-1L);
    }

    /** What the audit trail keeps of a report: whom it is for, and what it says. */
    private static String audited(ReportingFor where, ReportContent content) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("organisation", where.organisation().value());
        value.put("municipality", where.municipalityCode());
        value.put("place", content.placeLabel());
        value.put("report", content.input());
        return AuditEvent.json(value);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private record Row(String id, long organisationId, String municipalityCode, String reportedBy,
                       OffsetDateTime reportedAt, OffsetDateTime correctedAt, OffsetDateTime withdrawnAt,
                       String contentJson) {
    }

    private record Span(OffsetDateTime from, OffsetDateTime to) {
    }

    private record Place(PlacePrecision precision, Double latitude, Double longitude, Long areaId, Long segmentId,
                         String label) {
    }

    private record Resolved(Span span, Place place, String label) {
    }

    private record Stored(ReportSummary summary, ReportingFor where, Problem problem) {
    }
}
