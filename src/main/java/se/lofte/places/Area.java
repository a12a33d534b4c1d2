package se.lofte.places;

import se.lofte.organisations.OrganisationId;

/**
 * An area incidents are counted in. {@code population} (nullable) is what rates per 1,000 inhabitants are
 * taken over; {@code municipalityCode} is the SCB code, set for municipalities and optional otherwise.
 */
public record Area(long id, OrganisationId organisation, AreaKind kind, String name, String municipalityCode,
                   Integer population) {
}
