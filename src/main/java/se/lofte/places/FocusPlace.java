package se.lofte.places;

import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * A focus place (fokusplats): a named set of areas and street segments of one organisation that a promise
 * and its commitments are about, and where goals are measured.
 */
public record FocusPlace(FocusPlaceId id, OrganisationId organisation, String name, String description,
                         List<Area> areas, List<StreetSegment> segments) {

    public FocusPlace {
        areas = List.copyOf(areas);
        segments = List.copyOf(segments);
    }
}
