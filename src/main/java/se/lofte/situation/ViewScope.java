package se.lofte.situation;

import java.util.List;

import se.lofte.incidents.IncidentScope;
import se.lofte.organisations.Organisation;

/**
 * What the trends, the map and the lägesbild show a staff member, and how the page names it: the incidents in
 * their own municipalities (for a local police area, the municipalities it covers), their own municipality's
 * first in {@code municipalities}. Their organisations' imports elsewhere (test data from another country, the
 * police's feed for all of Sweden) are left out. A system administrator sees everything; someone whose
 * organisations have no municipality sees what their organisations imported or reported.
 */
public record ViewScope(IncidentScope incidents, Kind kind, List<Organisation> municipalities) {

    public enum Kind {
        EVERYTHING, MUNICIPALITIES, OWN_ORGANISATIONS
    }

    public ViewScope {
        municipalities = List.copyOf(municipalities);
    }

    /** The municipality names, as a page lists them. */
    public String names() {
        return String.join(", ", municipalities.stream().map(Organisation::shortName).toList());
    }
}
