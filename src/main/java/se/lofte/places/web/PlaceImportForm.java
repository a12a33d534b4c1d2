package se.lofte.places.web;

import se.lofte.places.AreaKind;

/** The GeoJSON import form as typed, kept beside its error messages. */
public record PlaceImportForm(Long organisation, String areaNameProperty, String areaKind,
                              String municipalityCodeProperty, String populationProperty, String segmentNameProperty) {

    /** OpenStreetMap and most municipal exports name their features in the property {@code name}. */
    static PlaceImportForm blank() {
        return new PlaceImportForm(null, "name", AreaKind.DISTRICT.name(), "", "", "name");
    }
}
