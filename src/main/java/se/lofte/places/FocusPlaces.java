package se.lofte.places;


import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Typed;

/**
 * Focus places (fokusplatser): named sets of an organisation's areas and street segments that promises and
 * their commitments are about, and where goals are measured. Their names and descriptions become public on
 * promise pages, so they go through the personal identity number guard.
 *
 * <p>A focus place is made of its organisation's own areas and segments. Incidents are counted in a part
 * when they were placed in it: an incident's area is the smallest area around it, so a focus place that
 * holds a municipality area counts only incidents outside that municipality's districts.
 */
@Service
public class FocusPlaces {

    private static final String NO_ROLE = "No role in the organisation allows changing its places";

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    private static final String AUDIT_SUBJECT = "focus_place";

    private final FocusPlaceStore store;
    private final PlaceStore places;
    private final PlacedIncidents incidents;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FocusPlaces(FocusPlaceStore store, PlaceStore places, PlacedIncidents incidents, AuditTrail auditTrail,
                Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.places = places;
        this.incidents = incidents;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public Optional<FocusPlace> find(FocusPlaceId id) {
        return store.find(id);
    }

    /** The focus places of these organisations, by name. */
    public List<FocusPlace> forOrganisations(Collection<OrganisationId> organisations) {
        return store.forOrganisations(organisations);
    }

    /**
     * The shapes (areas and street segments with their geometry) of each of these focus places, to draw them on
     * a map; a focus place that no longer exists or has no parts has none. The order of {@code ids} is kept.
     */
    public Map<FocusPlaceId, List<PlaceShape>> shapes(Collection<FocusPlaceId> ids) {
        Map<FocusPlaceId, List<PlaceShape>> shapes = new LinkedHashMap<>();
        ids.forEach(id -> shapes.put(id, new ArrayList<>()));
        places.focusPlaceShapes(ids.stream().map(FocusPlaceId::value).toList())
                .forEach(e -> shapes.get(new FocusPlaceId(e.getKey())).add(e.getValue()));
        shapes.replaceAll((id, list) -> List.copyOf(list));
        return shapes;
    }

    /**
     * For each of {@code ends}, the incidents that started from {@code from} (inclusive) to that end
     * (exclusive) and were placed in one of the focus place's areas or street segments; {@code category} null
     * for every category. An incident in two parts (an area and a segment of it) counts once; a focus place that
     * does not exist holds none.
     */
    public List<Long> countIncidents(FocusPlaceId id, String category, OffsetDateTime from, List<OffsetDateTime> ends) {
        Optional<FocusPlace> place = store.find(id);
        return incidents.count(place.map(p -> p.areas().stream().map(Area::id).toList()).orElse(List.of()),
                place.map(p -> p.segments().stream().map(StreetSegment::id).toList()).orElse(List.of()), category,
                from, ends);
    }

    /** Problems are on the fields {@code name}, {@code description} and {@code parts}. */
    @Transactional
    public Saved<FocusPlaceId> create(OrganisationId organisation, String name, String description, Set<Long> areaIds,
                                      Set<Long> segmentIds, StaffMember by) {
        requireChange(by, organisation);
        List<Problem> problems = check(organisation, null, name, description, areaIds, segmentIds);
        if (!problems.isEmpty()) {
            return Saved.refused(problems);
        }
        FocusPlaceId id = store.insert(organisation, name.strip(), Typed.orNull(description), OffsetDateTime.now(clock));
        store.setParts(id, areaIds, segmentIds);
        FocusPlace created = store.find(id).orElseThrow();
        auditTrail.record(new AuditEvent(by.username(), Set.of(organisation), AUDIT_SUBJECT, id.toString(), "created",
                null, AuditEvent.json(audited(created))));
        return Saved.ok(id);
    }

    @Transactional
    public Saved<FocusPlaceId> update(FocusPlaceId id, String name, String description, Set<Long> areaIds,
                                      Set<Long> segmentIds, StaffMember by) {
        FocusPlace before = store.find(id).orElseThrow(() -> new IllegalArgumentException("No focus place " + id));
        requireChange(by, before.organisation());
        List<Problem> problems = check(before.organisation(), id, name, description, areaIds, segmentIds);
        if (!problems.isEmpty()) {
            return new Saved<>(id, problems);
        }
        store.update(id, name.strip(), Typed.orNull(description));
        store.setParts(id, areaIds, segmentIds);
        FocusPlace after = store.find(id).orElseThrow();
        auditTrail.record(new AuditEvent(by.username(), Set.of(before.organisation()), AUDIT_SUBJECT, id.toString(),
                "updated", AuditEvent.json(audited(before)), AuditEvent.json(audited(after))));
        events.publishEvent(new FocusPlacesChanged(Set.of(before.organisation())));
        return Saved.ok(id);
    }

    /**
     * Deletes a focus place. Published promise revisions keep its name (they froze it); a promise's working
     * copy keeps the reference with its last name until an editor removes it.
     */
    @Transactional
    public void delete(FocusPlaceId id, StaffMember by) {
        FocusPlace before = store.find(id).orElseThrow(() -> new IllegalArgumentException("No focus place " + id));
        requireChange(by, before.organisation());
        store.delete(id);
        auditTrail.record(new AuditEvent(by.username(), Set.of(before.organisation()), AUDIT_SUBJECT, id.toString(),
                "deleted", AuditEvent.json(audited(before)), null));
        events.publishEvent(new FocusPlacesChanged(Set.of(before.organisation())));
    }

    /** Whether the person may create and change the focus places of the organisation. */
    public boolean mayChange(StaffMember member, OrganisationId organisation) {
        return PlaceRights.mayChange(member, organisation);
    }

    private List<Problem> check(OrganisationId organisation, FocusPlaceId self, String name, String description,
                                Set<Long> areaIds, Set<Long> segmentIds) {
        List<Problem> problems = new ArrayList<>();
        String stripped = Typed.text(name);
        if (stripped.isEmpty()) {
            problems.add(Problem.of("name", "places.focus.nameRequired"));
        } else if (stripped.length() > NAME_MAX) {
            problems.add(Problem.of("name", "places.focus.nameTooLong", Integer.toString(NAME_MAX)));
        } else if (store.nameTaken(organisation, stripped, self)) {
            problems.add(Problem.of("name", "places.focus.nameTaken", stripped));
        }
        guard("name", stripped, problems);
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.add(Problem.of("description", "places.focus.descriptionTooLong", Integer.toString(DESCRIPTION_MAX)));
        }
        guard("description", description, problems);
        if (areaIds.isEmpty() && segmentIds.isEmpty()) {
            problems.add(Problem.of("parts", "places.focus.partsRequired"));
        }
        boolean foreign = areaIds.stream().anyMatch(a -> places.area(a).filter(x -> x.organisation().equals(organisation)).isEmpty())
                || segmentIds.stream().anyMatch(s -> places.segment(s).filter(x -> x.organisation().equals(organisation)).isEmpty());
        if (foreign) {
            problems.add(Problem.of("parts", "places.focus.foreignPart"));
        }
        return problems;
    }

    private static void guard(String field, String text, List<Problem> problems) {
        if (text == null) {
            return;
        }
        List<String> found = PersonalIdentityNumbers.findIn(text);
        if (!found.isEmpty()) {
            problems.add(Problem.of(field, "places.focus.personalIdentityNumber", String.join(", ", found)));
        }
    }

    /** What the audit trail keeps of a focus place: its name, description and the ids of its parts. */
    record Audited(String name, String description, List<Long> areas, List<Long> segments) {
    }

    private static Audited audited(FocusPlace place) {
        return new Audited(place.name(), place.description(), place.areas().stream().map(Area::id).toList(),
                place.segments().stream().map(StreetSegment::id).toList());
    }

    private void requireChange(StaffMember member, OrganisationId organisation) {
        if (!PlaceRights.mayChange(member, organisation)) {
            throw new NotAllowed(NO_ROLE);
        }
    }
}
