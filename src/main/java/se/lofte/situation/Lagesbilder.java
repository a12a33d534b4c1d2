package se.lofte.situation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The lägesbild documents: per municipality and year, the analysis written jointly by the staff of the
 * municipality and of the local police areas that cover it, and the charts and tables pinned beside it.
 * Any staff member whose scope holds the municipality may read it; analysts and editors of one of its
 * parties may change it. Two editors never overwrite each other: a save names the version it started
 * from and is refused when someone saved since. The text may be published, so personal identity numbers
 * are refused. Every change is recorded in the audit trail.
 */
@Service
public class Lagesbilder {

    private static final String NOT_A_PARTY = "Not a party to this lägesbild";

    public static final int ANALYSIS_MAX = 20_000;
    public static final int TITLE_MAX = 200;
    /**
     * Charts, tables and map views one document holds: a joint picture to be read in a meeting, not an archive.
     * Without a bound the pin forms let a document grow without end (a scan's posts made one of 1.7 MB).
     */
    public static final int PINS_MAX = 40;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2200;

    private static final String AUDIT_SUBJECT = "lagesbild";
    /** A pin's query is stored as a flat JSON object of its page's parameters. */
    private static final JsonMapper QUERY_JSON = JsonMapper.builder().build();

    private final LagesbildRows rows;
    private final Organisations organisations;
    private final SituationAccess access;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Lagesbilder(LagesbildRows rows, Organisations organisations, SituationAccess access, AuditTrail auditTrail,
                Clock clock, ApplicationEventPublisher events) {
        this.rows = rows;
        this.organisations = organisations;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.events = events;
    }

    /** The municipality with this id; empty for an unknown id or another kind of organisation. */
    public Optional<Organisation> municipality(long id) {
        return organisations.find(new OrganisationId(id)).filter(o -> o.kind() == OrganisationKind.MUNICIPALITY);
    }

    public boolean mayRead(StaffMember member, Organisation municipality) {
        return access.scopeOf(member).includesMunicipality(municipality.scbCode());
    }

    /** Analysts and editors of the municipality or of a local police area that covers it. */
    public boolean mayEdit(StaffMember member, Organisation municipality) {
        return parties(municipality).stream().anyMatch(p -> access.mayImport(member, p));
    }

    /** The municipalities whose lägesbild the member may read, by name. */
    public List<Organisation> readableBy(StaffMember member) {
        var scope = access.scopeOf(member);
        return organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .filter(m -> scope.includesMunicipality(m.scbCode()))
                .sorted(Comparator.comparing(Organisation::shortName)).toList();
    }

    /** The municipalities whose lägesbild the member may change, by name. */
    public List<Organisation> editableBy(StaffMember member) {
        return readableBy(member).stream().filter(m -> mayEdit(member, m)).toList();
    }

    /** The years that have a document, newest first. */
    public List<Integer> years(Organisation municipality) {
        return rows.years(municipality.id().value());
    }

    /** The document as staff see it; an unsaved blank one where nobody has written yet. */
    public LagesbildDocument read(Organisation municipality, int year, StaffMember reader) {
        if (!mayRead(reader, municipality)) {
            throw new NotAllowed(NOT_A_PARTY);
        }
        return document(municipality, year);
    }

    /** The document when staff have made it public; empty otherwise. */
    public Optional<LagesbildDocument> published(Organisation municipality, int year) {
        return rows.find(municipality.id().value(), year).filter(LagesbildRows.Row::shownPublicly)
                .map(row -> toDocument(municipality, year, row));
    }

    public boolean isPublished(Organisation municipality, int year) {
        return published(municipality, year).isPresent();
    }

    /**
     * Saves the analysis and the public flag, when nobody has saved since {@code expectedVersion}
     * ({@link LagesbildDocument#NEW} for a document not yet created).
     */
    @Transactional
    public LagesbildSave save(Organisation municipality, int year, int expectedVersion, String analysis,
                              boolean shownPublicly, StaffMember editor) {
        requireEditor(editor, municipality);
        String text = Typed.text(analysis);
        List<Problem> problems = new ArrayList<>();
        checkYear(year, problems);
        if (text.length() > ANALYSIS_MAX) {
            problems.add(Problem.of("analysis", "lagesbild.error.analysisLength", Integer.toString(ANALYSIS_MAX),
                    Integer.toString(text.length())));
        }
        List<String> numbers = PersonalIdentityNumbers.findIn(text);
        if (!numbers.isEmpty()) {
            problems.add(Problem.of("analysis", "lagesbild.error.personalNumber", numbers.getFirst()));
        }
        if (!problems.isEmpty()) {
            return new LagesbildSave.Refused(problems);
        }
        long municipalityId = municipality.id().value();
        Optional<LagesbildRows.Row> before = rows.find(municipalityId, year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean saved;
        if (expectedVersion == LagesbildDocument.NEW) {
            saved = before.isEmpty() && insert(municipalityId, year, text, shownPublicly, now, editor.username());
        } else {
            saved = before.isPresent() && rows.update(before.get().id(), expectedVersion, text, shownPublicly, now,
                    editor.username());
        }
        if (!saved) {
            return new LagesbildSave.Conflict(document(municipality, year));
        }
        LagesbildDocument after = document(municipality, year);
        record(editor, municipality, year, "saved", before.map(b -> json(b.analysis(), b.shownPublicly(), b.version()))
                .orElse(null), json(after.analysis(), after.shownPublicly(), after.version()));
        events.publishEvent(new LagesbildSaved(municipality.id(), year));
        return new LagesbildSave.Saved(after);
    }

    /** Pins a chart or table of {@code filter} at the end of the document, creating the document if need be. */
    @Transactional
    public List<Problem> pin(Organisation municipality, int year, PinKind kind, String title, TrendFilter filter,
                             StaffMember editor) {
        if (kind == PinKind.MAP_VIEW || kind.renderedElsewhere()) {
            throw new IllegalArgumentException(kind + " is pinned with its own query, not a trend filter");
        }
        return addPin(municipality, year, kind, title, filter.parameters(), editor);
    }

    /**
     * Pins a view of the situation map at the end of the document: {@code query} holds the map page's
     * parameters (filter, view, heat layer), which the caller has checked can be read.
     */
    @Transactional
    public List<Problem> pinMapView(Organisation municipality, int year, String title, Map<String, String> query,
                                    StaffMember editor) {
        return addPin(municipality, year, PinKind.MAP_VIEW, title, query, editor);
    }

    /**
     * Pins a view that another module draws ({@link PinKind#renderedElsewhere()}) at the end of the document:
     * {@code query} names what it shows (a survey and a question), as that module's {@link PinRenderer} reads it.
     */
    @Transactional
    public List<Problem> pinRenderedElsewhere(Organisation municipality, int year, PinKind kind, String title,
                                              Map<String, String> query, StaffMember editor) {
        if (!kind.renderedElsewhere()) {
            throw new IllegalArgumentException(kind + " is drawn by the lägesbild itself");
        }
        return addPin(municipality, year, kind, title, query, editor);
    }

    private List<Problem> addPin(Organisation municipality, int year, PinKind kind, String title,
                                 Map<String, String> query, StaffMember editor) {
        requireEditor(editor, municipality);
        List<Problem> problems = new ArrayList<>();
        checkYear(year, problems);
        String name = Typed.text(title);
        if (name.isEmpty()) {
            problems.add(Problem.of("title", "lagesbild.error.titleMissing"));
        } else if (name.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "lagesbild.error.titleLength", Integer.toString(TITLE_MAX)));
        } else if (PersonalIdentityNumbers.containsAny(name)) {
            problems.add(Problem.of("title", "lagesbild.error.personalNumber",
                    PersonalIdentityNumbers.findIn(name).getFirst()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        long id = ensure(municipality.id().value(), year, editor.username());
        if (rows.pinCount(id) >= PINS_MAX) {
            return List.of(Problem.of("municipalityId", "lagesbild.error.pinsFull", Integer.toString(PINS_MAX)));
        }
        long pinId = rows.addPin(id, kind.name(), name, QUERY_JSON.writeValueAsString(query));
        record(editor, municipality, year, "pinned", null, AuditEvent.json(Map.of("pin", pinId, "kind", kind.name(),
                "title", name, "query", query)));
        return List.of();
    }

    /** Moves a pin one place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    @Transactional
    public void movePin(Organisation municipality, int year, long pinId, int direction, StaffMember editor) {
        requireEditor(editor, municipality);
        List<LagesbildPin> pins = pinsOf(municipality, year);
        int at = indexOf(pins, pinId);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= pins.size()) {
            return;
        }
        List<LagesbildPin> reordered = new ArrayList<>(pins);
        reordered.add(to, reordered.remove(at));
        for (int i = 0; i < reordered.size(); i++) {
            rows.setOrder(reordered.get(i).id(), i + 1);
        }
        record(editor, municipality, year, "pin_moved", AuditEvent.json(Map.of("pin", pinId, "position", at + 1)),
                AuditEvent.json(Map.of("pin", pinId, "position", to + 1)));
    }

    @Transactional
    public void removePin(Organisation municipality, int year, long pinId, StaffMember editor) {
        requireEditor(editor, municipality);
        List<LagesbildPin> pins = pinsOf(municipality, year);
        LagesbildPin pin = pins.get(indexOf(pins, pinId));
        rows.deletePin(pinId);
        record(editor, municipality, year, "pin_removed", AuditEvent.json(Map.of("pin", pinId, "kind", pin.kind(),
                "title", pin.title(), "query", pin.queryJson())), null);
    }

    private List<LagesbildPin> pinsOf(Organisation municipality, int year) {
        return rows.find(municipality.id().value(), year).map(r -> rows.pins(r.id())).orElse(List.of());
    }

    private static int indexOf(List<LagesbildPin> pins, long pinId) {
        for (int i = 0; i < pins.size(); i++) {
            if (pins.get(i).id() == pinId) {
                return i;
            }
        }
        throw new NoSuchPin(pinId);
    }

    /** A pin id that is not in this document. Answered 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class NoSuchPin extends RuntimeException {
        NoSuchPin(long id) {
            super("No pin " + id + " in this document");
        }
    }

    private LagesbildDocument document(Organisation municipality, int year) {
        return rows.find(municipality.id().value(), year).map(row -> toDocument(municipality, year, row))
                .orElseGet(() -> new LagesbildDocument(municipality, year, "", false, null, null,
                        LagesbildDocument.NEW, List.of()));
    }

    private LagesbildDocument toDocument(Organisation municipality, int year, LagesbildRows.Row row) {
        return new LagesbildDocument(municipality, year, row.analysis(), row.shownPublicly(), row.updatedAt(),
                row.updatedBy(), row.version(), rows.pins(row.id()));
    }

    private boolean insert(long municipalityId, int year, String text, boolean shown, OffsetDateTime now, String by) {
        try {
            rows.insert(municipalityId, year, text, shown, now, by);
            return true;
        } catch (DuplicateKeyException e) {
            // Someone created it between our read and our insert: a conflict like any other.
            return false;
        }
    }

    private long ensure(long municipalityId, int year, String by) {
        Optional<LagesbildRows.Row> row = rows.find(municipalityId, year);
        if (row.isPresent()) {
            return row.get().id();
        }
        return rows.insert(municipalityId, year, "", false, OffsetDateTime.now(clock), by);
    }

    /** Refuses (403) anyone who may not change this municipality's lägesbild, before any input is read. */
    public void requireEditor(StaffMember member, Organisation municipality) {
        if (!mayEdit(member, municipality)) {
            throw new NotAllowed(NOT_A_PARTY);
        }
    }

    private static void checkYear(int year, List<Problem> problems) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(Problem.of("year", "lagesbild.error.year", Integer.toString(FIRST_YEAR),
                    Integer.toString(LAST_YEAR)));
        }
    }

    private Set<OrganisationId> parties(Organisation municipality) {
        Set<OrganisationId> parties = new HashSet<>();
        parties.add(municipality.id());
        organisations.coveringLocalPoliceAreas(municipality.id()).forEach(o -> parties.add(o.id()));
        return parties;
    }

    private void record(StaffMember editor, Organisation municipality, int year, String action, String before,
                        String after) {
        auditTrail.record(new AuditEvent(editor.username(), parties(municipality), AUDIT_SUBJECT,
                municipality.id().value() + "/" + year, action, before, after));
    }

    private static String json(String analysis, boolean shownPublicly, int version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("analysis", analysis);
        map.put("shownPublicly", shownPublicly);
        map.put("version", version);
        return AuditEvent.json(map);
    }
}
