package se.lofte.places;

import java.util.Set;

import se.lofte.organisations.OrganisationId;

/**
 * The shape of one or more focus places may have changed: a focus place's parts were changed or it was deleted,
 * or an import replaced the geometry of areas, which focus places may hold. Published inside the change's
 * transaction, so that what is drawn from focus places (the promise report's map) is drawn again.
 */
public record FocusPlacesChanged(Set<OrganisationId> organisations) {

    public FocusPlacesChanged {
        organisations = Set.copyOf(organisations);
    }
}
