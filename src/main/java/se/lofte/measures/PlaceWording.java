package se.lofte.measures;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.lofte.places.Area;
import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.Places;
import se.lofte.places.StreetSegment;

/**
 * Names a measure's place, exactly for staff, and as residents may see it. "Visa bara området" (area only)
 * coarsens a place to the smallest area of the situation picture around it:
 * <ul>
 * <li>an area stays itself;</li>
 * <li>a street segment becomes the area around its middle, a point the area around it;</li>
 * <li>a focus place keeps its name only when it is made of areas alone; one with a street segment becomes
 * the names of its areas and of the areas around its segments, since its name may name the street.</li>
 * </ul>
 * Where no area is around the place, residents are shown no place at all rather than the exact one.
 */
@Component
class PlaceWording {

    private final Places places;
    private final FocusPlaces focusPlaces;

    PlaceWording(Places places, FocusPlaces focusPlaces) {
        this.places = places;
        this.focusPlaces = focusPlaces;
    }

    /** The place's name as staff read it, null for no place (or one that has since been deleted). */
    String exact(MeasurePlace place) {
        return switch (place) {
            case MeasurePlace.Nowhere n -> null;
            case MeasurePlace.AtFocusPlace f -> focusPlace(f.id()).map(FocusPlace::name).orElse(null);
            case MeasurePlace.InArea a -> places.area(a.id()).map(Area::name).orElse(null);
            case MeasurePlace.OnSegment s -> places.segment(s.id()).map(StreetSegment::name).orElse(null);
            case MeasurePlace.AtPoint p -> {
                String coordinates = coordinates(p);
                yield places.areaAt(p.latitude(), p.longitude()).map(a -> a.name() + " (" + coordinates + ")")
                        .orElse(coordinates);
            }
        };
    }

    /** The place as residents may see it. */
    String forPublic(MeasurePlace place, boolean areaOnly) {
        if (!areaOnly) {
            return exact(place);
        }
        return switch (place) {
            case MeasurePlace.Nowhere n -> null;
            case MeasurePlace.InArea a -> places.area(a.id()).map(Area::name).orElse(null);
            case MeasurePlace.OnSegment s -> places.areaAroundSegment(s.id()).map(Area::name).orElse(null);
            case MeasurePlace.AtPoint p -> places.areaAt(p.latitude(), p.longitude()).map(Area::name).orElse(null);
            case MeasurePlace.AtFocusPlace f -> focusPlace(f.id()).map(this::coarse).orElse(null);
        };
    }

    private String coarse(FocusPlace place) {
        if (place.segments().isEmpty()) {
            return place.name();
        }
        Set<String> names = new LinkedHashSet<>();
        place.areas().forEach(a -> names.add(a.name()));
        place.segments().forEach(s -> places.areaAroundSegment(s.id()).ifPresent(a -> names.add(a.name())));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private Optional<FocusPlace> focusPlace(long id) {
        return focusPlaces.find(new FocusPlaceId(id));
    }

    /** Five decimals: about a metre, as precise as a map click is. */
    static String coordinates(MeasurePlace.AtPoint point) {
        return String.format(Locale.ROOT, "%.5f, %.5f", point.latitude(), point.longitude());
    }
}
