package se.lofte.dialogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.Area;
import se.lofte.places.Places;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseSummary;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.PersonalMentions;
import se.lofte.shared.Photos;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Sha256;

/**
 * Recording, changing and removing a municipality's dialogue meetings, and what staff see of them.
 *
 * <p>A meeting belongs to a municipality; its parties are the municipality and the local police areas that
 * cover it. Staff of any of them (but reporters) see its meetings; their editors record and change them. Every
 * text of a meeting is public: a personal identity number refuses the save, names and phone numbers are only
 * flagged ({@link #mentions}) for the editor to check. Photos are cleaned ({@link Photos}: no EXIF, no position,
 * bounded size) and need an alternative text. Every change is in the audit trail and announced as
 * {@link MeetingsChanged} inside its transaction.
 */
@Service
public class DialogueManagement {

    /** Photos one meeting keeps: a record of the meeting, not an album. */
    public static final int PHOTOS_MAX = 10;
    private static final String AUDIT_SUBJECT = "dialogue_meeting";
    private static final String NO_ROLE = "No role allows this change of dialogue meetings";

    private final Meetings meetings;
    private final Organisations organisations;
    private final PromiseManagement promises;
    private final Places places;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DialogueManagement(Meetings meetings, Organisations organisations, PromiseManagement promises, Places places,
                       AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.promises = promises;
        this.places = places;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** The municipalities the person works with: their own, and those their local police areas cover. */
    public List<Organisation> municipalities(StaffMember viewer) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        for (OrganisationId org : viewer.memberships().stream().filter(m -> m.role() != Role.REPORTER)
                .map(m -> m.organisation()).collect(Collectors.toSet())) {
            organisations.find(org).ifPresent(o -> {
                if (o.kind() == OrganisationKind.MUNICIPALITY) {
                    ids.add(o.id());
                } else if (o.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                    organisations.coveredMunicipalities(o.id()).forEach(m -> ids.add(m.id()));
                }
            });
        }
        return organisations.findAll(ids).stream().sorted(Comparator.comparing(Organisation::name)).toList();
    }

    /** The municipality, for a person who works with it; refused (403) for anyone else. */
    public Organisation municipality(OrganisationId id, StaffMember viewer) {
        Organisation municipality = organisations.find(id).filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .orElseThrow(() -> new NotFound("municipality " + id));
        if (!viewer.seesPromisesOfAny(parties(municipality.id()))) {
            throw new NotAllowed(NO_ROLE);
        }
        return municipality;
    }

    /** The municipality and the local police areas that cover it: who may hold and record its meetings. */
    public List<Organisation> partiesOf(OrganisationId municipality) {
        List<Organisation> parties = new ArrayList<>();
        organisations.find(municipality).ifPresent(parties::add);
        parties.addAll(organisations.coveringLocalPoliceAreas(municipality));
        return parties;
    }

    /** Whether the person may record and change the municipality's meetings: an editor of one of its parties. */
    public boolean mayChange(OrganisationId municipality, StaffMember member) {
        return member.hasAny(Role.EDITOR, parties(municipality));
    }

    /** The areas of the municipality's parties, for where a meeting was held. */
    public List<Area> areas(OrganisationId municipality) {
        return places.areas(parties(municipality));
    }

    /** The commitments of the promises the municipality is party to, newest promise first. */
    public List<CommitmentChoice> commitments(OrganisationId municipality, StaffMember viewer) {
        List<CommitmentChoice> choices = new ArrayList<>();
        List<PromiseSummary> summaries = promises.list(viewer).stream()
                .filter(s -> s.partyIds().contains(municipality)).toList();
        for (PromiseSummary summary : summaries) {
            promises.find(summary.id(), viewer).ifPresent(p -> {
                List<PromiseContent.Commitment> commitments = p.content().commitments();
                for (int i = 0; i < commitments.size(); i++) {
                    choices.add(new CommitmentChoice(new CommitmentRef(p.id(), commitments.get(i).key()),
                            p.content().title(), (i + 1) + ". " + commitments.get(i).title()));
                }
            });
        }
        return choices;
    }

    /** Every meeting of the municipality, soonest first. */
    public List<Meeting> ofMunicipality(OrganisationId municipality, StaffMember viewer) {
        municipality(municipality, viewer);
        return named(municipality, meetings.ofMunicipality(municipality));
    }

    public Meeting find(MeetingId id, StaffMember viewer) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFound("meeting " + id));
        municipality(meeting.municipality(), viewer);
        return named(meeting.municipality(), List.of(meeting)).getFirst();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Saved<MeetingId> record(OrganisationId municipality, MeetingInput input, StaffMember by) {
        requireEditor(municipality(municipality, by).id(), by);
        List<Problem> problems = new ArrayList<>();
        var checked = check(municipality, input, by, problems);
        List<CleanPhoto> photos = photos(input, 0, problems);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        OffsetDateTime now = now();
        MeetingId id = meetings.insert(municipality, checked, now, by.username());
        addPhotos(id, photos, 0);
        audit(municipality, id, "created", by, null, meetings.find(id).orElseThrow());
        events.publishEvent(new MeetingsChanged(municipality));
        return Saved.ok(id);
    }

    @Transactional
    public Saved<MeetingId> update(MeetingId id, MeetingInput input, StaffMember by) {
        Meeting before = find(id, by);
        requireEditor(before.municipality(), by);
        List<Problem> problems = new ArrayList<>();
        var checked = check(before.municipality(), input, by, problems);
        Map<Long, String> kept = keptPhotos(before, input, problems);
        List<CleanPhoto> added = photos(input, kept.size(), problems);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        meetings.update(id, checked, now(), by.username());
        int position = 0;
        for (MeetingPhoto photo : before.photos()) {
            if (kept.containsKey(photo.id())) {
                meetings.updatePhoto(photo.id(), position++, kept.get(photo.id()));
            } else {
                meetings.removePhoto(photo.id());
            }
        }
        addPhotos(id, added, position);
        audit(before.municipality(), id, "updated", by, before, meetings.find(id).orElseThrow());
        events.publishEvent(new MeetingsChanged(before.municipality()));
        return Saved.ok(id);
    }

    @Transactional
    public void delete(MeetingId id, StaffMember by) {
        Meeting before = find(id, by);
        requireEditor(before.municipality(), by);
        meetings.delete(id);
        audit(before.municipality(), id, "deleted", by, before, null);
        events.publishEvent(new MeetingsChanged(before.municipality()));
    }

    /**
     * What looks like a name or a phone number in the meeting's public texts, for the editor to check before
     * residents read it. Flagged, not refused: "Storgatan" is no person, and a named organiser may be meant.
     */
    public static List<Mention> mentions(Meeting meeting) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", meeting.title());
        texts.put("place", meeting.place());
        texts.put("organisersText", meeting.organisersText());
        texts.put("topics", String.join("\n", meeting.topics()));
        texts.put("summary", meeting.summary());
        for (MeetingPhoto photo : meeting.photos()) {
            texts.put("photo." + photo.id(), photo.alt());
        }
        List<Mention> found = new ArrayList<>();
        texts.forEach((field, text) -> PersonalMentions.findIn(text)
                .forEach(m -> found.add(new Mention(field, m.kind(), m.text()))));
        return found;
    }

    private MeetingRow check(OrganisationId municipality, MeetingInput input, StaffMember by, List<Problem> problems) {
        Set<OrganisationId> parties = new HashSet<>(parties(municipality));
        Set<Long> areas = areas(municipality).stream().map(Area::id).collect(Collectors.toSet());
        Set<CommitmentRef> offered = commitments(municipality, by).stream().map(CommitmentChoice::ref)
                .collect(Collectors.toSet());
        var checked = MeetingRules.check(input, parties, areas, offered);
        problems.addAll(checked.problems());
        return checked.row();
    }

    /** A photo as it will be stored: cleaned JPEG bytes, their SHA-256 and the alternative text. */
    private record CleanPhoto(byte[] jpeg, String sha256, String alt) {
    }

    /** The new photo cleaned, with its alternative text; problems at {@code newPhotoFile} or {@code newPhotoAlt}. */
    private static List<CleanPhoto> photos(MeetingInput input, int kept, List<Problem> problems) {
        MeetingInput.NewPhoto photo = input.newPhoto();
        if (photo == null) {
            return List.of();
        }
        if (kept >= PHOTOS_MAX) {
            problems.add(Problem.of("newPhotoFile", "dialogue.problem.tooManyPhotos", Integer.toString(PHOTOS_MAX)));
            return List.of();
        }
        String alt = MeetingRules.alt("newPhotoAlt", photo.alt(), problems);
        try {
            byte[] jpeg = Photos.clean(photo.data(), "newPhotoFile").jpeg();
            return List.of(new CleanPhoto(jpeg, Sha256.hex(jpeg), alt));
        } catch (Photos.Refused refused) {
            problems.add(refused.problem());
            return List.of();
        }
    }

    /** The stored photos that stay, by id, with their alternative texts as now written. */
    private static Map<Long, String> keptPhotos(Meeting before, MeetingInput input, List<Problem> problems) {
        Map<Long, MeetingInput.KeptPhoto> submitted = input.keptPhotos().stream()
                .collect(Collectors.toMap(MeetingInput.KeptPhoto::id, k -> k, (a, b) -> a));
        Map<Long, String> kept = new LinkedHashMap<>();
        for (MeetingPhoto photo : before.photos()) {
            MeetingInput.KeptPhoto k = submitted.get(photo.id());
            if (k == null) {
                kept.put(photo.id(), photo.alt());
            } else if (!k.remove()) {
                kept.put(photo.id(), MeetingRules.alt("photos[" + photo.id() + "].alt", k.alt(), problems));
            }
        }
        return kept;
    }

    private void addPhotos(MeetingId id, List<CleanPhoto> photos, int from) {
        int position = from;
        for (CleanPhoto photo : photos) {
            meetings.addPhoto(id, position++, photo.sha256(), "image/jpeg", photo.jpeg(), photo.alt());
        }
    }

    /** The meetings with the names of their areas, which are always the municipality's parties' (checked on save). */
    private List<Meeting> named(OrganisationId municipality, List<Meeting> found) {
        if (found.stream().allMatch(m -> m.areaId() == null)) {
            return found;
        }
        Map<Long, String> names = areas(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
        return found.stream().map(m -> m.areaId() == null ? m : withArea(m, names.get(m.areaId()))).toList();
    }

    static Meeting withArea(Meeting m, String areaName) {
        return new Meeting(m.id(), m.municipality(), m.uid(), m.sequence(), m.title(), m.form(), m.startsAt(),
                m.endsAt(), m.place(), m.areaId(), areaName, m.organisers(), m.organisersText(), m.participants(),
                m.topics(), m.summary(), m.cancelled(), m.commitments(), m.photos(), m.createdAt(), m.createdBy(),
                m.updatedAt(), m.updatedBy());
    }

    private List<OrganisationId> parties(OrganisationId municipality) {
        return partiesOf(municipality).stream().map(Organisation::id).toList();
    }

    private void requireEditor(OrganisationId municipality, StaffMember member) {
        if (!mayChange(municipality, member)) {
            throw new NotAllowed(NO_ROLE);
        }
    }

    /** What the audit trail keeps of a meeting: its fields, and its photos by alternative text and SHA-256. */
    record Audited(long municipality, String title, String form, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   String place, Long area, List<Long> organisers, String organisersText,
                   Map<String, Integer> participants, List<String> topics, String summary, boolean cancelled,
                   List<String> commitments, List<String> photos) {

        static Audited of(Meeting m) {
            return new Audited(m.municipality().value(), m.title(), m.form().code(), m.startsAt(), m.endsAt(),
                    m.place(), m.areaId(), m.organisers().stream().map(OrganisationId::value).toList(),
                    m.organisersText(), m.participants().entrySet().stream().collect(Collectors.toMap(
                            e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)),
                    m.topics(), m.summary(), m.cancelled(), m.commitments().stream().map(CommitmentRef::token).toList(),
                    m.photos().stream().map(p -> p.alt() + " (" + p.sha256() + ")").toList());
        }
    }

    private void audit(OrganisationId municipality, MeetingId id, String action, StaffMember by, Meeting before,
                       Meeting after) {
        Set<OrganisationId> concerned = new HashSet<>(parties(municipality));
        auditTrail.record(new AuditEvent(by.username(), concerned, AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditEvent.json(Audited.of(before)),
                after == null ? null : AuditEvent.json(Audited.of(after))));
    }
}
