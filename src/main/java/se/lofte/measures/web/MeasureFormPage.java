package se.lofte.measures.web;

import java.util.List;
import java.util.Optional;

import se.lofte.measures.MeasureKind;
import se.lofte.measures.MeasureView;
import se.lofte.places.MapBounds;
import se.lofte.promises.PromiseView;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.MapTiles;

/**
 * The form that logs a measure for a promise or changes one: what was typed (or is stored) with its
 * problems, the kinds to choose from, the parties' focus places, areas and segments to place it at, and the
 * small map for a point. {@code measure} is empty on the form that logs a new one; {@code bounds} is empty
 * when the parties have no areas, and then the form has no map.
 */
public record MeasureFormPage(PromiseView promise, Optional<MeasureView> measure, MeasureForm form, FieldErrors errors,
                              List<MeasureKind> kinds, List<PlaceOption> focusPlaces, List<PlaceOption> areas,
                              List<PlaceOption> segments, MapTiles tiles, Optional<MapBounds> bounds) {
}
