package se.lofte.incidents;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which incidents one viewer may see: everything, or those their organisations imported or reported and every
 * incident in the municipalities they work with. As an SQL condition on a table with {@code organisation_id}
 * and {@code municipality_code} columns (incidents, and areas): use {@link #condition(String)} and
 * {@link #parameters()}. Who gets which scope is the situation picture's rule.
 */
public record IncidentScope(boolean everything, Set<Long> organisationIds, Set<String> municipalityCodes) {

    public IncidentScope {
        organisationIds = Set.copyOf(organisationIds);
        municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** A condition for a WHERE clause; {@code alias} is the table alias, or empty. Uses named parameters. */
    public String condition(String alias) {
        if (everything) {
            return "1 = 1";
        }
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return "(" + prefix + "organisation_id in (:scopeOrganisations) or " + prefix
                + "municipality_code in (:scopeMunicipalities))";
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
