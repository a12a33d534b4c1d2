package se.lofte.places.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.lofte.organisations.OrganisationId;
import se.lofte.places.Area;
import se.lofte.places.AreaKind;
import se.lofte.places.FocusPlace;
import se.lofte.places.StreetSegment;
import se.lofte.shared.FieldErrors;

/**
 * The form that adds a focus place to an organisation or changes one: the name and description as typed (or
 * stored) with their problems, the organisation's areas by kind and street segments to make it of with those
 * ticked, the names several segments share, and the notice of a save. {@code place} is empty on the form that
 * adds one.
 */
public record FocusPlaceFormPage(Optional<FocusPlace> place, OrganisationId organisation, String organisationName,
                                 String name, String description, Map<AreaKind, List<Area>> areasByKind,
                                 List<StreetSegment> segments, Set<Long> chosenAreas, Set<Long> chosenSegments,
                                 Set<String> repeatedNames, FieldErrors errors, Optional<String> notice) {
}
