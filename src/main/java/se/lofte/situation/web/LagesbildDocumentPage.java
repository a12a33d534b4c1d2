package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.ViewScope;

/**
 * The staff page of one municipality's lägesbild for a year: the document, whether the person may change it,
 * the analysis, the public switch and the version as typed (or stored) with their problems, the version another
 * editor saved in between when the save conflicted with it, the pins as they are rendered now, whether one of
 * them is a map, what the pins count ({@code view}, named on the page), and the notice of a save or a change to
 * the pins. {@code conflict} is empty unless a save lost
 * to another editor's.
 */
public record LagesbildDocumentPage(LagesbildDocument document, boolean mayEdit, String analysis, boolean shownPublicly,
                                    int version, FieldErrors errors, Optional<LagesbildDocument> conflict,
                                    List<PinView> pins, boolean hasMap, ViewScope view,
                                    Optional<String> notice) {
}
