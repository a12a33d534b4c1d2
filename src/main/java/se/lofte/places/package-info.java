/**
 * The places incidents are counted in: areas (municipalities, districts, any polygon) and street segments,
 * imported from GeoJSON by a party's analysts and editors, the focus places (fokusplatser) made of them that
 * promises and goals are about, and the index that tells where a position lies. Places know nothing of
 * incidents: when places change, {@link se.lofte.places.PlacedIncidents} (implemented where incidents are kept)
 * puts the incidents already stored into the places as they are now.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "shared"})
package se.lofte.places;

import org.springframework.modulith.ApplicationModule;
