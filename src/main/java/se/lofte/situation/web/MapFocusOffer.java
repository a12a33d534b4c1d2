package se.lofte.situation.web;

import java.util.List;

import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;
import se.lofte.situation.MapFocusPlaces;

/**
 * The offer to make a focus place on the map: the organisations the viewer may make one for (none: no offer),
 * their streets on the map to tick, the problems of a refused try with what was sent then, and where the form
 * posts (with the map's state in its query, so that a refusal opens the same map again).
 */
public record MapFocusOffer(List<Organisation> owners, List<MapFocusPlaces.Street> streets, FieldErrors errors,
                            MapFocusForm form, String action) {

    public MapFocusOffer {
        owners = List.copyOf(owners);
        streets = List.copyOf(streets);
    }

    public boolean offered() {
        return !owners.isEmpty();
    }

    public boolean isChosen(long segment) {
        return form.segment().contains(segment);
    }

    public boolean isOwner(Organisation owner) {
        return Long.toString(owner.id().value()).equals(form.organisation());
    }

    /** How many segments the streets hold in all. */
    public int segmentCount() {
        return streets.stream().mapToInt(s -> s.parts().size()).sum();
    }

    /** A street's name as the list shows it: with its owner's name when the viewer may choose among several. */
    public String streetName(MapFocusPlaces.Street street) {
        if (owners.size() < 2) {
            return street.name();
        }
        return owners.stream().filter(o -> o.id().equals(street.owner())).findFirst()
                .map(o -> street.name() + " (" + o.shortName() + ")").orElse(street.name());
    }
}
