package se.lofte.places;


import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The places of the situation picture: areas (municipalities, districts, any polygon) and street segments,
 * imported from GeoJSON by a party's analysts and editors. Every change refreshes the {@link PlaceIndex} and
 * has {@link PlacedIncidents} put the incidents already stored in the changed box into the places as they are
 * now, so that counts per area and segment never lag behind the map.
 *
 * <p>An import is all or nothing: a file with any problem saves nothing. Importing an area again (same
 * organisation, kind and name) replaces its outline instead of adding a twin, and an identical street
 * segment is not stored twice, so importing the same file again changes nothing.
 */
@Service
public class Places {

    private static final String NO_ROLE = "No role in the organisation allows changing its places";

    private static final String AUDIT_AREA = "area";
    private static final String AUDIT_SEGMENT = "street_segment";
    private static final String AUDIT_IMPORT = "place_import";

    private final PlaceStore store;
    private final PlaceIndex index;
    private final PlacedIncidents incidents;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Places(PlaceStore store, PlaceIndex index, PlacedIncidents incidents, Organisations organisations,
           AuditTrail auditTrail, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.index = index;
        this.incidents = incidents;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reads a GeoJSON FeatureCollection and stores its areas and street segments for the organisation. */
    public PlaceImportResult importGeoJson(OrganisationId organisation, String fileName, byte[] file,
                                           PlaceImportSettings settings, StaffMember by) {
        requireChange(by, organisation);
        Set<String> codes = organisations.all(OrganisationKind.MUNICIPALITY).stream().map(Organisation::scbCode)
                .collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        if (settings.areaNameProperty().isEmpty()) {
            problems.add(Problem.of("areaNameProperty", "places.import.propertyRequired"));
        }
        if (settings.segmentNameProperty().isEmpty()) {
            problems.add(Problem.of("segmentNameProperty", "places.import.propertyRequired"));
        }
        if (settings.areaKind() == null) {
            problems.add(Problem.of("areaKind", "places.import.kindRequired"));
        }
        if (file == null || file.length == 0) {
            problems.add(Problem.of("file", "places.import.fileRequired"));
        }
        if (!problems.isEmpty()) {
            return PlaceImportResult.refused(problems);
        }
        GeoJsonPlaces.Read read = GeoJsonPlaces.read(file, settings, codes::contains);
        if (!read.problems().isEmpty()) {
            return PlaceImportResult.refused(read.problems());
        }
        return changing(() -> save(organisation, fileName, read, by));
    }

    private PlaceImportResult save(OrganisationId organisation, String fileName, GeoJsonPlaces.Read read,
                                   StaffMember by) {
        Envelope changed = new Envelope();
        Set<String> municipalityCodes = new LinkedHashSet<>();
        int areasAdded = 0;
        int areasReplaced = 0;
        for (var area : read.areas()) {
            var existing = store.areaNamed(organisation, area.kind(), area.name());
            if (existing.isPresent()) {
                changed.expandToInclude(existing.get().box());
                store.replaceArea(existing.get().id(), area.municipalityCode(), area.population(), area.geometry());
                areasReplaced++;
            } else {
                store.insertArea(organisation, area.kind(), area.name(), area.municipalityCode(), area.population(),
                        area.geometry());
                areasAdded++;
            }
            changed.expandToInclude(area.geometry().getEnvelopeInternal());
            if (area.kind() == AreaKind.MUNICIPALITY && area.municipalityCode() != null) {
                municipalityCodes.add(area.municipalityCode());
            }
        }
        int segmentsAdded = 0;
        int segmentsUnchanged = 0;
        for (var segment : read.segments()) {
            String wkt = segment.line().toText();
            if (store.segmentStored(organisation, segment.name(), wkt)) {
                segmentsUnchanged++;
            } else {
                store.insertSegment(organisation, segment.name(), wkt, segment.line().getEnvelopeInternal());
                segmentsAdded++;
                changed.expandToInclude(segment.line().getEnvelopeInternal());
            }
        }
        int incidents = replace(changed, municipalityCodes);
        var result = new PlaceImportResult(areasAdded, areasReplaced, segmentsAdded, segmentsUnchanged, incidents,
                List.of());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("file", fileName);
        audited.put("areasAdded", areasAdded);
        audited.put("areasReplaced", areasReplaced);
        audited.put("segmentsAdded", segmentsAdded);
        audited.put("incidentsReplaced", incidents);
        auditTrail.record(new AuditEvent(by.username(), Set.of(organisation), AUDIT_IMPORT, organisation.toString(),
                "imported", null, AuditEvent.json(audited)));
        if (areasReplaced > 0) {
            // A replaced area may be part of a focus place, whose shape is then another.
            events.publishEvent(new FocusPlacesChanged(Set.of(organisation)));
        }
        return result;
    }

    /** The areas of these organisations, by kind and name. */
    public List<Area> areas(Collection<OrganisationId> organisations) {
        return store.areas(organisations);
    }

    /**
     * Every area (of any organisation) marked with a municipality's SCB code, by id: how incidents known by their
     * municipality find its area, and positioned ones their municipality.
     */
    public List<Area> areasWithMunicipalityCode() {
        return store.areasWithMunicipalityCode();
    }

    /**
     * The areas marked with a municipality's SCB code, of whichever organisation drew them: its outline and districts
     * as residents' and place reports know them, and where a map point lies among them.
     */
    public MunicipalityAreas municipalityAreas(String scbCode) {
        return new MunicipalityAreas(store.areaShapesWithMunicipalityCode(scbCode));
    }

    /**
     * The areas a municipality drew itself, whatever code they carry: its outline and the districts its surveys offer,
     * and where a map point lies among them.
     */
    public MunicipalityAreas municipalityAreas(OrganisationId municipality) {
        return new MunicipalityAreas(store.areaShapes(municipality));
    }

    public Optional<Area> area(long id) {
        return store.area(id);
    }

    public List<StreetSegment> segments(Collection<OrganisationId> organisations) {
        return store.segments(organisations);
    }

    public Optional<StreetSegment> segment(long id) {
        return store.segment(id);
    }

    /**
     * The smallest area (of any organisation) that contains the position: where a point lies when only its
     * area may be told.
     */
    public Optional<Area> areaAt(double latitude, double longitude) {
        return Optional.ofNullable(index.areaAt(latitude, longitude)).flatMap(store::area);
    }

    /** The smallest area that contains the middle of the street segment. */
    public Optional<Area> areaAroundSegment(long segmentId) {
        return Optional.ofNullable(index.areaAroundSegment(segmentId)).flatMap(store::area);
    }

    /**
     * Every area and street segment of these organisations with its geometry, for drawing on a map: areas
     * first, then segments.
     */
    public List<PlaceShape> shapes(Collection<OrganisationId> organisations) {
        return store.shapes(organisations);
    }

    /**
     * Changes an area's name, kind and population (what rates per 1,000 inhabitants use). A municipality
     * area keeps needing its SCB code; problems are on the fields {@code name}, {@code kind}, {@code population}.
     */
    public List<Problem> updateArea(long id, String name, AreaKind kind, Integer population, StaffMember by) {
        Area area = store.area(id).orElseThrow(() -> new IllegalArgumentException("No area " + id));
        requireChange(by, area.organisation());
        List<Problem> problems = new ArrayList<>();
        String stripped = Typed.text(name);
        if (stripped.isEmpty()) {
            problems.add(Problem.of("name", "places.area.nameRequired"));
        } else if (stripped.length() > 200) {
            problems.add(Problem.of("name", "places.area.nameTooLong", "200"));
        }
        if (kind == AreaKind.MUNICIPALITY && area.municipalityCode() == null) {
            problems.add(Problem.of("kind", "places.area.municipalityNeedsCode"));
        }
        if (population != null && population < 0) {
            problems.add(Problem.of("population", "places.area.badPopulation"));
        }
        if (!stripped.isEmpty() && kind != null && !(stripped.equals(area.name()) && kind == area.kind())
                && store.areaNamed(area.organisation(), kind, stripped).isPresent()) {
            problems.add(Problem.of("name", "places.area.nameTaken", stripped));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        changing(() -> {
            store.updateArea(id, stripped, kind, population);
            if (area.municipalityCode() != null && (kind == AreaKind.MUNICIPALITY) != (area.kind() == AreaKind.MUNICIPALITY)) {
                index.refresh();
                incidents.placeInMunicipalityArea(area.municipalityCode(),
                        store.municipalityArea(area.municipalityCode()));
            }
            var after = new Area(id, area.organisation(), kind, stripped, area.municipalityCode(), population);
            auditTrail.record(new AuditEvent(by.username(), Set.of(area.organisation()), AUDIT_AREA,
                    Long.toString(id), "updated", AuditEvent.json(area), AuditEvent.json(after)));
            return null;
        });
        return List.of();
    }

    /**
     * Deletes an area, refused (with a problem naming them) while a focus place uses it. Incidents placed in
     * it are placed again, in the next smaller area around them or in none.
     */
    public List<Problem> deleteArea(long id, StaffMember by) {
        Area area = store.area(id).orElseThrow(() -> new IllegalArgumentException("No area " + id));
        return deleteUnused(false, id, area.organisation(), area, by, () -> {
            incidents.leaveArea(id);
            Envelope box = store.deleteArea(id).orElseGet(Envelope::new);
            replace(box, area.municipalityCode() == null ? Set.of() : Set.of(area.municipalityCode()));
        });
    }

    /** Deletes a street segment, refused while a focus place uses it; its incidents are placed again. */
    public List<Problem> deleteSegment(long id, StaffMember by) {
        StreetSegment segment = store.segment(id).orElseThrow(() -> new IllegalArgumentException("No segment " + id));
        return deleteUnused(true, id, segment.organisation(), segment, by, () -> {
            incidents.leaveSegment(id);
            replace(store.deleteSegment(id).orElseGet(Envelope::new), Set.of());
        });
    }

    /**
     * What deleting an area or a street segment shares: the right to change its organisation's places, the
     * refusal (a problem naming them) while a focus place uses it, and the removal with its audit event in one
     * change of the places.
     */
    private List<Problem> deleteUnused(boolean segment, long id, OrganisationId organisation, Object before,
                                       StaffMember by, Runnable removal) {
        requireChange(by, organisation);
        List<String> users = store.focusPlacesUsing(id, segment);
        if (!users.isEmpty()) {
            return List.of(segment ? Problem.of("segment", "places.segment.inUse", String.join(", ", users))
                    : Problem.of("area", "places.area.inUse", String.join(", ", users)));
        }
        changing(() -> {
            removal.run();
            auditTrail.record(new AuditEvent(by.username(), Set.of(organisation), segment ? AUDIT_SEGMENT : AUDIT_AREA,
                    Long.toString(id), "deleted", AuditEvent.json(before), null));
            return null;
        });
        return List.of();
    }

    /** Whether the person may import and change the places of the organisation. */
    public boolean mayChange(StaffMember member, OrganisationId organisation) {
        return PlaceRights.mayChange(member, organisation);
    }

    /** The organisations the person is analyst or editor of; a system administrator may change any besides. */
    public Set<OrganisationId> changeableBy(StaffMember member) {
        return PlaceRights.changedBy(member);
    }

    /**
     * Runs a change in one transaction. The index is refreshed inside it (so that incidents are placed
     * against the new places) and again after it, so that after a rollback it holds only what was committed.
     */
    private <T> T changing(java.util.function.Supplier<T> change) {
        try {
            return transactions.execute(status -> change.get());
        } finally {
            index.refresh();
        }
    }

    private int replace(Envelope changed, Set<String> municipalityCodes) {
        index.refresh();
        int changedIncidents = incidents.placeAgainWithin(changed);
        for (String code : municipalityCodes) {
            changedIncidents += incidents.placeInMunicipalityArea(code, store.municipalityArea(code));
        }
        return changedIncidents;
    }

    private void requireChange(StaffMember member, OrganisationId organisation) {
        if (!PlaceRights.mayChange(member, organisation)) {
            throw new NotAllowed(NO_ROLE);
        }
    }
}
