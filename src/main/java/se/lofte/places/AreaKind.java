package se.lofte.places;

/**
 * What an area is. MUNICIPALITY areas carry the municipality's SCB code, which is how incidents known only
 * by their municipality (place precision AREA) are counted in them.
 */
public enum AreaKind {
    MUNICIPALITY, DISTRICT, OTHER
}
