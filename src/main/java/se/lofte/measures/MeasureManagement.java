package se.lofte.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.Places;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseView;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;

/**
 * Logging, changing and removing measures, and what staff see of them.
 *
 * <p>Rights follow the promise: staff who see the promise (any role in one of its parties but reporter) see
 * all its measures, attachments included; editors of any of its parties log, change and remove them, for any
 * party of the promise as the responsible one (a joint safety walk is often written up by the other party).
 *
 * <p>Operational security: {@code publicFrom} ("Publicera tidigast") keeps a measure from the public site
 * until 00:00 that day in Sweden; {@code areaOnly} ("Visa bara området") shows residents only the area
 * around its place ({@link PlaceWording} has the rule). Every change is recorded in the audit trail and
 * announced as {@link MeasuresChanged} inside its transaction, so listeners hear it with
 * {@code @TransactionalEventListener} only if it commits.
 */
@Service
public class MeasureManagement {

    private static final String NO_ROLE = "No role allows this change of measures";

    public static final long ATTACHMENT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int ATTACHMENTS_MAX = 20;
    private static final String AUDIT_SUBJECT = "measure";

    private final Measures measures;
    private final Kinds kinds;
    private final PromiseManagement promises;
    private final Places places;
    private final FocusPlaces focusPlaces;
    private final PlaceWording wording;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureManagement(Measures measures, Kinds kinds, PromiseManagement promises, Places places,
                      FocusPlaces focusPlaces, PlaceWording wording, AuditTrail auditTrail,
                      ApplicationEventPublisher events, Clock clock) {
        this.measures = measures;
        this.kinds = kinds;
        this.promises = promises;
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.wording = wording;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** The promise as the person sees it; refused (403) when they work with none of its parties. */
    public PromiseView promise(PromiseId id, StaffMember viewer) {
        return promises.find(id, viewer).orElseThrow(() -> new NotFound("promise " + id));
    }

    /** The promise for a person who is to log or change its measures; refused (403) for anyone but its editors. */
    public PromiseView promiseToChange(PromiseId id, StaffMember editor) {
        PromiseView promise = promise(id, editor);
        requireEditor(promise, editor);
        return promise;
    }

    /** Every measure of the promise, newest first, with its publication state. */
    public List<MeasureView> ofPromise(PromiseId id, StaffMember viewer) {
        PromiseView promise = promise(id, viewer);
        return views(measures.ofPromise(id), promise.content());
    }

    public MeasureView find(MeasureId id, StaffMember viewer) {
        StoredMeasure stored = measures.find(id).orElseThrow(() -> new NotFound("measure " + id));
        return views(List.of(stored), promise(stored.promise(), viewer).content()).getFirst();
    }

    /** Whether the person may log and change the measures of this promise. */
    public boolean mayChange(PromiseView promise, StaffMember member) {
        return member.hasAny(Role.EDITOR, promise.content().partyIds());
    }

    /** The kinds offered for new measures, in list order. */
    public List<MeasureKind> offeredKinds() {
        return kinds.all().stream().filter(KindEntry::offered).map(KindEntry::kind).toList();
    }

    /** Every kind, retired ones included, for showing and editing measures that have them. */
    public List<MeasureKind> allKinds() {
        return kinds.all().stream().map(KindEntry::kind).toList();
    }

    /** Today in Sweden, by the clock the rules use. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.SWEDEN));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Saved<MeasureId> log(PromiseId promiseId, MeasureInput input, StaffMember by) {
        PromiseView promise = promise(promiseId, by);
        requireEditor(promise, by);
        Set<String> offered = offeredKinds().stream().map(MeasureKind::code).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        var checked = check(input, promise.content(), offered, problems);
        checkAttachments(input, 0, problems);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        OffsetDateTime now = now();
        var measure = stored(null, promiseId, input, checked.outputs(), now, by.username(), now, by.username());
        MeasureId id = measures.insert(measure);
        for (var file : input.newAttachments()) {
            measures.addAttachment(id, file, now, by.username());
        }
        audit(promise, id, "created", by, null, audited(measures.find(id).orElseThrow()));
        events.publishEvent(new MeasuresChanged(promiseId));
        return Saved.ok(id);
    }

    @Transactional
    public Saved<MeasureId> update(MeasureId id, MeasureInput input, StaffMember by) {
        StoredMeasure before = measures.find(id).orElseThrow(() -> new NotFound("measure " + id));
        PromiseView promise = promise(before.promise(), by);
        requireEditor(promise, by);
        Set<String> choosable = offeredKinds().stream().map(MeasureKind::code).collect(Collectors.toSet());
        choosable.add(before.kindCode());
        List<Problem> problems = new ArrayList<>();
        var checked = check(input, promise.content(), choosable, problems);
        long kept = measures.attachments(id).stream().filter(a -> !input.removedAttachments().contains(a.id())).count();
        checkAttachments(input, (int) kept, problems);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        Audited auditedBefore = audited(before);
        OffsetDateTime now = now();
        measures.update(stored(id, before.promise(), input, checked.outputs(), before.loggedAt(), before.loggedBy(), now,
                by.username()));
        for (long attachment : input.removedAttachments()) {
            measures.removeAttachment(id, attachment);
        }
        for (var file : input.newAttachments()) {
            measures.addAttachment(id, file, now, by.username());
        }
        audit(promise, id, "updated", by, auditedBefore, audited(measures.find(id).orElseThrow()));
        events.publishEvent(new MeasuresChanged(before.promise()));
        return Saved.ok(id);
    }

    @Transactional
    public void delete(MeasureId id, StaffMember by) {
        StoredMeasure before = measures.find(id).orElseThrow(() -> new NotFound("measure " + id));
        PromiseView promise = promise(before.promise(), by);
        requireEditor(promise, by);
        Audited audited = audited(before);
        measures.delete(id);
        audit(promise, id, "deleted", by, audited, null);
        events.publishEvent(new MeasuresChanged(before.promise()));
    }

    /** An attachment for download, for staff who see its measure. */
    public AttachmentFile attachment(long attachmentId, StaffMember viewer) {
        AttachmentFile file = measures.attachmentFile(attachmentId)
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        find(file.attachment().measure(), viewer);
        return file;
    }

    private MeasureRules.Checked check(MeasureInput input, PromiseContent promise, Set<String> kindCodes,
                                       List<Problem> problems) {
        var checked = MeasureRules.check(input, promise, kindCodes, today());
        problems.addAll(checked.problems());
        checkPlace(input.place(), promise.partyIds(), problems);
        return checked;
    }

    /** A focus place, area or street segment must be one of the promise's parties' own. */
    private void checkPlace(MeasurePlace place, List<OrganisationId> parties, List<Problem> problems) {
        boolean ours = switch (place) {
            case MeasurePlace.Nowhere n -> true;
            case MeasurePlace.AtPoint p -> true;
            case MeasurePlace.AtFocusPlace f -> focusPlaces.find(new se.lofte.places.FocusPlaceId(f.id()))
                    .filter(x -> parties.contains(x.organisation())).isPresent();
            case MeasurePlace.InArea a -> places.area(a.id()).filter(x -> parties.contains(x.organisation())).isPresent();
            case MeasurePlace.OnSegment s -> places.segment(s.id()).filter(x -> parties.contains(x.organisation()))
                    .isPresent();
        };
        if (!ours) {
            problems.add(Problem.of("place", "measures.problem.placeNotOfParties"));
        }
    }

    private static void checkAttachments(MeasureInput input, int kept, List<Problem> problems) {
        for (var file : input.newAttachments()) {
            if (file.data().length > ATTACHMENT_MAX_BYTES) {
                problems.add(Problem.of("attachments", "measures.problem.attachmentTooLarge", file.fileName(), "5"));
            }
        }
        if (kept + input.newAttachments().size() > ATTACHMENTS_MAX) {
            problems.add(Problem.of("attachments", "measures.problem.tooManyAttachments",
                    Integer.toString(ATTACHMENTS_MAX)));
        }
    }

    private StoredMeasure stored(MeasureId id, PromiseId promise, MeasureInput input, List<Output> outputs,
                                 OffsetDateTime loggedAt, String loggedBy, OffsetDateTime updatedAt, String updatedBy) {
        LocalDate end = input.end() == null ? input.start() : input.end();
        String description = input.description() == null ? "" : input.description().strip();
        return new StoredMeasure(id, promise, input.commitmentKeys().stream().distinct().toList(), input.kindCode(),
                input.responsible(), input.start(), end, input.place(), outputs, description, input.publicFrom(),
                input.areaOnly(), publicSince(loggedAt, input.publicFrom()), loggedAt, loggedBy, updatedAt, updatedBy);
    }

    /** When it was logged, or 00:00 in Sweden on the day it may be published, whichever is later. */
    static OffsetDateTime publicSince(OffsetDateTime loggedAt, LocalDate publicFrom) {
        if (publicFrom == null) {
            return loggedAt;
        }
        OffsetDateTime from = Dates.startOf(publicFrom);
        return from.isAfter(loggedAt) ? from : loggedAt;
    }

    private List<MeasureView> views(List<StoredMeasure> stored, PromiseContent promise) {
        Map<String, MeasureKind> byCode = allKinds().stream().collect(Collectors.toMap(MeasureKind::code,
                Function.identity()));
        PromisePeriod period = PromisePeriod.of(promise);
        return stored.stream().map(m -> new MeasureView(m.id(), m.promise(), m.commitmentKeys(), m.start(), m.end(),
                byCode.get(m.kindCode()), m.responsible(), promise.partyName(m.responsible()), m.place(),
                wording.exact(m.place()), wording.forPublic(m.place(), m.areaOnly()), m.outputs(), m.description(),
                m.publicFrom(), m.areaOnly(), m.publicSince(), m.loggedAt(), m.loggedBy(), m.updatedAt(),
                m.updatedBy(), measures.attachments(m.id()), period != null && !period.contains(m.start(), m.end())))
                .toList();
    }

    private static void requireEditor(PromiseView promise, StaffMember member) {
        if (!member.hasAny(Role.EDITOR, promise.content().partyIds())) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    /** What the audit trail keeps of a measure: its fields, and its attachments by name and size. */
    record Audited(long promise, List<String> commitments, String kind, long responsible, LocalDate start,
                   LocalDate end, String placeType, String place, List<Output> outputs, String description,
                   LocalDate publicFrom, boolean areaOnly, List<String> attachments) {
    }

    private Audited audited(StoredMeasure m) {
        String place = switch (m.place()) {
            case MeasurePlace.Nowhere n -> null;
            case MeasurePlace.AtPoint p -> PlaceWording.coordinates(p);
            case MeasurePlace.AtFocusPlace f -> Long.toString(f.id());
            case MeasurePlace.InArea a -> Long.toString(a.id());
            case MeasurePlace.OnSegment s -> Long.toString(s.id());
        };
        return new Audited(m.promise().value(), m.commitmentKeys(), m.kindCode(), m.responsible().value(), m.start(),
                m.end(), m.place().type(), place, m.outputs(), m.description(), m.publicFrom(), m.areaOnly(),
                m.id() == null ? List.of() : measures.attachments(m.id()).stream()
                        .map(a -> a.fileName() + " (" + a.sizeBytes() + " B)").toList());
    }

    private void audit(PromiseView promise, MeasureId id, String action, StaffMember by, Audited before,
                       Audited after) {
        Set<OrganisationId> concerned = new HashSet<>(promise.content().partyIds());
        auditTrail.record(new AuditEvent(by.username(), concerned, AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditEvent.json(before), after == null ? null : AuditEvent.json(after)));
    }
}
