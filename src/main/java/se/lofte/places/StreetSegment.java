package se.lofte.places;

import se.lofte.organisations.OrganisationId;

/** A street segment incidents with a position are snapped to. */
public record StreetSegment(long id, OrganisationId organisation, String name) {
}
