package se.lofte.measures.web;

import se.lofte.measures.MeasureView;

/**
 * A measure in the staff list with its publication state in words: "Publiceras 1 december 2026" while
 * held back, and "Visas med området: Centrum" when its place is coarsened. {@code outsidePeriod} says, for a
 * measure stored before measures had to lie within the promise's period, that it is outside it and not counted;
 * null otherwise.
 */
public record MeasureRow(MeasureView measure, String kindName, String commitments, String period, String outputs,
                         String publication, String placeShown, String outsidePeriod) {
}
