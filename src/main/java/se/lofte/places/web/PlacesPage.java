package se.lofte.places.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.Area;
import se.lofte.places.PlaceImportResult;
import se.lofte.places.StreetSegment;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;

/**
 * The areas and streets page: the import form as typed with its problems and the organisations the person may
 * import for, the areas and street segments the person sees with their organisations' names and which of those
 * the person may change, and what the last import, change or refused change left to say. {@code imported},
 * {@code notice} and {@code refusal} are empty unless a redirect brought them.
 */
public record PlacesPage(PlaceImportForm form, FieldErrors errors, List<Organisation> importFor, List<Area> areas,
                         List<StreetSegment> segments, Map<OrganisationId, String> organisationNames,
                         Set<OrganisationId> changeable, Optional<PlaceImportResult> imported,
                         Optional<String> notice, Optional<Problem> refusal) {
}
