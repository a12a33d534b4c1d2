package se.lofte.places;

import se.lofte.shared.Typed;

/**
 * How to read a GeoJSON file of places: which feature property names the areas and the street segments,
 * what kind the areas are, and (optional, blank for none) which properties hold the municipality SCB code
 * and the population.
 */
public record PlaceImportSettings(String areaNameProperty, AreaKind areaKind, String municipalityCodeProperty,
                                  String populationProperty, String segmentNameProperty) {

    public PlaceImportSettings {
        areaNameProperty = Typed.text(areaNameProperty);
        municipalityCodeProperty = Typed.text(municipalityCodeProperty);
        populationProperty = Typed.text(populationProperty);
        segmentNameProperty = Typed.text(segmentNameProperty);
    }
}
