package se.lofte.organisations;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.shared.Slugs;

/**
 * The public face of the organisations module: municipalities, the police hierarchy and other actors,
 * and which local police area covers which municipality. Reference data that staff can edit.
 * Lists come in Swedish alphabetical order of the short name (å, ä, ö after z), whatever the database.
 */
@Service
public class Organisations {

    /** The longest name an organisation can have (the width of its column). */
    public static final int NAME_MAX = 200;

    private static final int SHORT_NAME_MAX = 100;

    /** The words police names start with, which the short name leaves out. */
    private static final List<String> POLICE_KIND_WORDS =
            List.of("Polisregion ", "Polisområde ", "Lokalpolisområde ", "LPO ");

    private static final Comparator<Organisation> SWEDISH_ORDER = swedishOrder();

    private final OrganisationRows rows;
    private final ApplicationEventPublisher events;

    Organisations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.rows = new OrganisationRows(jdbc);
        this.events = events;
    }

    public Optional<Organisation> find(OrganisationId id) {
        return rows.find(id.value());
    }

    public List<Organisation> findAll(Collection<OrganisationId> ids) {
        return rows.findAll(ids.stream().map(OrganisationId::value).toList());
    }

    public Optional<Organisation> municipalityBySlug(String slug) {
        return rows.bySlug(OrganisationKind.MUNICIPALITY, slug);
    }

    public List<Organisation> all(OrganisationKind kind) {
        return sorted(rows.all(kind));
    }

    /** Municipalities whose short name or SCB code contains the query, ignoring case. */
    public List<Organisation> searchMunicipalities(String query) {
        return sorted(rows.searchMunicipalities(query.strip()));
    }

    /** The local police areas that cover a municipality. */
    public List<Organisation> coveringLocalPoliceAreas(OrganisationId municipality) {
        return sorted(rows.coveringLocalPoliceAreas(municipality.value()));
    }

    /** The municipalities a local police area covers. */
    public List<Organisation> coveredMunicipalities(OrganisationId localPoliceArea) {
        return sorted(rows.coveredMunicipalities(localPoliceArea.value()));
    }

    /** For every covered municipality, the local police areas that cover it; one query for whole lists. */
    public Map<OrganisationId, List<Organisation>> coveringLocalPoliceAreasByMunicipality() {
        return grouped(rows.localPoliceAreasByMunicipality());
    }

    /** Regions, police areas, local police areas and their municipalities, in a handful of queries. */
    public PoliceHierarchy policeHierarchy() {
        Map<OrganisationId, List<Organisation>> municipalities = grouped(rows.municipalitiesByLocalPoliceArea());
        Map<OrganisationId, List<Organisation>> localAreas = byParent(all(OrganisationKind.LOCAL_POLICE_AREA));
        Map<OrganisationId, List<Organisation>> areas = byParent(all(OrganisationKind.POLICE_AREA));
        return new PoliceHierarchy(all(OrganisationKind.POLICE_REGION).stream()
                .map(region -> new PoliceHierarchy.Region(region, children(areas, region).stream()
                        .map(area -> new PoliceHierarchy.Area(area, children(localAreas, area).stream()
                                .map(lpo -> new PoliceHierarchy.LocalArea(lpo, children(municipalities, lpo)))
                                .toList()))
                        .toList()))
                .toList());
    }

    /**
     * Adds a police area, local police area or other actor under a parent of the kind
     * {@link OrganisationKind#parentKind()} asks for (null where it asks for none). Municipalities are fixed
     * by SCB and come only from the reference file.
     */
    @Transactional
    public OrganisationId add(OrganisationKind kind, String name, OrganisationId parent) {
        if (kind == OrganisationKind.MUNICIPALITY) {
            throw new IllegalArgumentException("Municipalities come from the SCB reference file");
        }
        requireFittingParent(kind, parent);
        String stripped = name.strip();
        return new OrganisationId(rows.insert(kind, stripped, shortName(kind, stripped), Slugs.of(stripped),
                parent == null ? null : parent.value(), null, null, null));
    }

    /**
     * Adds a made-up municipality, marked {@link Organisation#fictional() fictional}, to show how Löfte works.
     * It needs a code of four digits that no municipality has, so that incidents and the situation picture
     * find it as they find a real one; choose one under a county code SCB never gives (99) so that it can never
     * meet a real municipality's.
     */
    @Transactional
    public OrganisationId addFictionalMunicipality(String shortName, String scbCode, String countyName) {
        String stripped = shortName.strip();
        if (!scbCode.matches("\\d{4}") || rows.all(OrganisationKind.MUNICIPALITY).stream()
                .anyMatch(m -> scbCode.equals(m.scbCode()) || Slugs.of(stripped).equals(m.slug()))) {
            throw new IllegalArgumentException("A municipality already has the name or code " + stripped + " " + scbCode);
        }
        return new OrganisationId(rows.insertFictional(OrganisationKind.MUNICIPALITY, stripped + " kommun", stripped,
                Slugs.of(stripped), scbCode, scbCode.substring(0, 2), countyName));
    }

    /**
     * Adds a made-up local police area that covers the given (fictional) municipalities. It has no police area
     * above it: the real police hierarchy ({@link #policeHierarchy}) stays as the police drew it.
     */
    @Transactional
    public OrganisationId addFictionalLocalPoliceArea(String name, Set<OrganisationId> municipalities) {
        if (findAll(municipalities).stream().anyMatch(m -> !m.fictional())) {
            throw new IllegalArgumentException("A fictional police area covers fictional municipalities only");
        }
        String stripped = name.strip();
        OrganisationKind kind = OrganisationKind.LOCAL_POLICE_AREA;
        var id = new OrganisationId(rows.insertFictional(kind, stripped, shortName(kind, stripped), Slugs.of(stripped),
                null, null, null));
        setCoverage(id, municipalities);
        return id;
    }

    /**
     * Renames an organisation. A municipality keeps its short name and slug: they come from SCB and make its
     * public address, while its name is the official one ("Falu kommun"). For the others the slug follows
     * the name, so that the unique slug and {@link #nameTaken} keep agreeing.
     */
    @Transactional
    public void rename(OrganisationId id, String name) {
        Organisation organisation = existing(id);
        String stripped = name.strip();
        if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
            rows.rename(id.value(), stripped, organisation.shortName(), organisation.slug());
        } else {
            rows.rename(id.value(), stripped, shortName(organisation.kind(), stripped), Slugs.of(stripped));
        }
        events.publishEvent(new OrganisationChanged(id));
    }

    @Transactional
    public void setParent(OrganisationId id, OrganisationId parent) {
        requireFittingParent(existing(id).kind(), parent);
        rows.setParent(id.value(), parent == null ? null : parent.value());
        events.publishEvent(new OrganisationChanged(id));
    }

    @Transactional
    public void setCoverage(OrganisationId localPoliceArea, Set<OrganisationId> municipalities) {
        if (existing(localPoliceArea).kind() != OrganisationKind.LOCAL_POLICE_AREA) {
            throw new IllegalArgumentException(localPoliceArea + " is not a local police area");
        }
        if (findAll(municipalities).stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).count()
                != municipalities.size()) {
            throw new IllegalArgumentException("Only municipalities can be covered: " + municipalities);
        }
        rows.replaceCoverage(localPoliceArea.value(), municipalities.stream().map(OrganisationId::value).toList());
        events.publishEvent(new OrganisationChanged(localPoliceArea));
    }

    /**
     * Saves a staff member's edit as one change: name, parent (null for kinds without one) and, for a
     * local police area, the municipalities it covers ({@code coverage} null leaves coverage as it is).
     */
    @Transactional
    public void update(OrganisationId id, String name, OrganisationId parent, Set<OrganisationId> coverage) {
        rename(id, name);
        setParent(id, parent);
        if (coverage != null) {
            setCoverage(id, coverage);
        }
    }

    /**
     * True when another organisation of the same kind has a name that reads the same once case, accents
     * and punctuation are folded away (the rule behind the unique slug). Names are compared rather than
     * slugs because a municipality's slug comes from its short name and stays when it is renamed.
     */
    public boolean nameTaken(OrganisationKind kind, String name, OrganisationId except) {
        String folded = Slugs.of(name);
        return rows.all(kind).stream()
                .filter(o -> except == null || !o.id().equals(except))
                .anyMatch(o -> Slugs.of(o.name()).equals(folded));
    }

    /**
     * What residents would search for: for the police, the name without the word for its kind
     * ("Polisområde Fyrbodal" gives "Fyrbodal", as in the reference data); cut to fit its column, which
     * is narrower than the name's.
     */
    static String shortName(OrganisationKind kind, String name) {
        String shortName = !kind.isPolice() ? name : POLICE_KIND_WORDS.stream()
                .filter(word -> name.length() > word.length() && name.regionMatches(true, 0, word, 0, word.length()))
                .findFirst()
                .map(word -> name.substring(word.length()).strip())
                .orElse(name);
        return shortName.length() <= SHORT_NAME_MAX ? shortName : shortName.substring(0, SHORT_NAME_MAX).strip();
    }

    private Organisation existing(OrganisationId id) {
        return rows.find(id.value()).orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
    }

    private void requireFittingParent(OrganisationKind kind, OrganisationId parent) {
        Optional<OrganisationKind> wanted = kind.parentKind();
        Optional<OrganisationKind> given = parent == null ? Optional.empty() : Optional.of(existing(parent).kind());
        if (!wanted.equals(given)) {
            throw new IllegalArgumentException("A " + kind + " needs " + wanted.map(k -> "a " + k).orElse("no parent")
                    + ", not " + given.map(k -> "a " + k).orElse("none"));
        }
    }

    private static Comparator<Organisation> swedishOrder() {
        Collator swedish = Collator.getInstance(Locale.of("sv"));
        return Comparator.comparing(Organisation::shortName, swedish).thenComparing(Organisation::name, swedish);
    }

    private static List<Organisation> sorted(List<Organisation> organisations) {
        return organisations.stream().sorted(SWEDISH_ORDER).toList();
    }

    private static Map<OrganisationId, List<Organisation>> grouped(List<Map.Entry<Long, Organisation>> entries) {
        return entries.stream()
                .sorted(Map.Entry.comparingByValue(SWEDISH_ORDER))
                .collect(Collectors.groupingBy(e -> new OrganisationId(e.getKey()),
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Children by parent id, keeping the order they come in. The table allows a missing parent, which
     * {@link #add} refuses; such a row is left out of the tree rather than failing the whole page.
     */
    private static Map<OrganisationId, List<Organisation>> byParent(List<Organisation> organisations) {
        return organisations.stream()
                .filter(o -> o.parentId() != null)
                .collect(Collectors.groupingBy(Organisation::parentId));
    }

    private static List<Organisation> children(Map<OrganisationId, List<Organisation>> byParent, Organisation parent) {
        return byParent.getOrDefault(parent.id(), List.of());
    }
}
