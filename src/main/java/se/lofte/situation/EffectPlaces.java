package se.lofte.situation;

import java.util.List;

/** What the "did it work" form offers: focus places as target or control, areas as control, categories. */
public record EffectPlaces(List<PlaceOption> focusPlaces, List<PlaceOption> areas, List<String> categories) {

    public EffectPlaces {
        focusPlaces = List.copyOf(focusPlaces);
        areas = List.copyOf(areas);
        categories = List.copyOf(categories);
    }

    /** Whether the viewer may choose the place: it is among those offered. */
    public boolean offers(PlaceChoice place) {
        return focusPlaces.stream().anyMatch(o -> o.choice().equals(place))
                || areas.stream().anyMatch(o -> o.choice().equals(place));
    }
}
