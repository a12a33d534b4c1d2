package se.lofte.incidents;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which incidents one viewer sees: everything, or every incident in the municipalities they work with and,
 * when {@code ownEverywhere}, also those their organisations imported or reported wherever they happened. As an
 * SQL condition on a table with {@code organisation_id} and {@code municipality_code} columns (incidents, and
 * areas): use {@link #condition(String)} and {@link #parameters()}. Street segments and focus places, which have
 * no municipality, are those of {@code organisationIds} either way. Who gets which scope is the situation
 * picture's rule.
 */
public record IncidentScope(boolean everything, Set<Long> organisationIds, Set<String> municipalityCodes,
                            boolean ownEverywhere) {

    public IncidentScope {
        organisationIds = Set.copyOf(organisationIds);
        municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** What the viewer may see: their municipalities and their organisations' own incidents anywhere. */
    public IncidentScope(boolean everything, Set<Long> organisationIds, Set<String> municipalityCodes) {
        this(everything, organisationIds, municipalityCodes, true);
    }

    /**
     * The same viewer's municipalities only: incidents and areas elsewhere that their organisations imported
     * (test data from another country, a feed for all of Sweden) are left out.
     */
    public IncidentScope withinMunicipalities() {
        return new IncidentScope(everything, organisationIds, municipalityCodes, false);
    }

    /** A condition for a WHERE clause; {@code alias} is the table alias, or empty. Uses named parameters. */
    public String condition(String alias) {
        if (everything) {
            return "1 = 1";
        }
        String prefix = alias.isEmpty() ? "" : alias + ".";
        String inMunicipalities = prefix + "municipality_code in (:scopeMunicipalities)";
        return ownEverywhere ? "(" + prefix + "organisation_id in (:scopeOrganisations) or " + inMunicipalities + ")"
                : inMunicipalities;
    }

    /** The named parameters {@link #condition(String)} uses. Empty sets become a value no row has. */
    public Map<String, Object> parameters() {
        return Map.of(
                "scopeOrganisations", organisationIds.isEmpty() ? List.of(-1L) : List.copyOf(organisationIds),
                "scopeMunicipalities", municipalityCodes.isEmpty() ? List.of("-") : List.copyOf(municipalityCodes));
    }

    public boolean includesMunicipality(String scbCode) {
        return everything || municipalityCodes.contains(scbCode);
    }
}
