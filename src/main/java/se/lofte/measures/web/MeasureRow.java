package se.lofte.measures.web;

import se.lofte.measures.MeasureView;

/**
 * A measure in the staff list with its publication state in words: "Publiceras 1 december 2026" while
 * held back, and "Visas med området: Centrum" when its place is coarsened.
 */
public record MeasureRow(MeasureView measure, String kindName, String commitments, String period, String outputs,
                         String publication, String placeShown) {
}
