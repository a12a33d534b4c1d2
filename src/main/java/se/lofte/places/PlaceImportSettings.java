package se.lofte.places;

/**
 * How to read a GeoJSON file of places: which feature property names the areas and the street segments,
 * what kind the areas are, and (optional, blank for none) which properties hold the municipality SCB code
 * and the population.
 */
public record PlaceImportSettings(String areaNameProperty, AreaKind areaKind, String municipalityCodeProperty,
                                  String populationProperty, String segmentNameProperty) {

    public PlaceImportSettings {
        areaNameProperty = strip(areaNameProperty);
        municipalityCodeProperty = strip(municipalityCodeProperty);
        populationProperty = strip(populationProperty);
        segmentNameProperty = strip(segmentNameProperty);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
