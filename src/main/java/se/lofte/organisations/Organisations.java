package se.lofte.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.shared.Slugs;

/**
 * The public face of the organisations module: municipalities, the police hierarchy and other actors,
 * and which local police area covers which municipality. Reference data that staff can edit.
 */
@Service
public class Organisations {

    private final OrganisationRows rows;

    Organisations(JdbcClient jdbc) {
        this.rows = new OrganisationRows(jdbc);
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
        return rows.all(kind);
    }

    /** Municipalities whose short name or SCB code contains the query, ignoring case. */
    public List<Organisation> searchMunicipalities(String query) {
        return rows.searchMunicipalities(query.strip());
    }

    /** The local police areas that cover a municipality. */
    public List<Organisation> coveringLocalPoliceAreas(OrganisationId municipality) {
        return rows.coveringLocalPoliceAreas(municipality.value());
    }

    /** The municipalities a local police area covers. */
    public List<Organisation> coveredMunicipalities(OrganisationId localPoliceArea) {
        return rows.coveredMunicipalities(localPoliceArea.value());
    }

    /**
     * Adds a police area, local police area or other actor. Municipalities are fixed by SCB and come
     * only from the reference file.
     */
    @Transactional
    public OrganisationId add(OrganisationKind kind, String name, OrganisationId parent) {
        if (kind == OrganisationKind.MUNICIPALITY) {
            throw new IllegalArgumentException("Municipalities come from the SCB reference file");
        }
        return new OrganisationId(rows.insert(kind, name.strip(), name.strip(), Slugs.of(name),
                parent == null ? null : parent.value(), null, null, null));
    }

    @Transactional
    public void rename(OrganisationId id, String name) {
        rows.rename(id.value(), name.strip());
    }

    @Transactional
    public void setParent(OrganisationId id, OrganisationId parent) {
        rows.setParent(id.value(), parent == null ? null : parent.value());
    }

    @Transactional
    public void setCoverage(OrganisationId localPoliceArea, Set<OrganisationId> municipalities) {
        rows.replaceCoverage(localPoliceArea.value(), municipalities.stream().map(OrganisationId::value).toList());
    }

    /** True when another organisation of the same kind already has this name's slug. */
    public boolean nameTaken(OrganisationKind kind, String name, OrganisationId except) {
        return rows.bySlug(kind, Slugs.of(name))
                .filter(o -> except == null || !o.id().equals(except))
                .isPresent();
    }
}
