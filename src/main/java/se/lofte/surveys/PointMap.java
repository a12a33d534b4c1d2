package se.lofte.surveys;

import java.util.List;

/**
 * Where the pins of a map question fall, for staff: the grid cells with at least the minimum of pins and how many
 * each holds, and how many pins there are in all. Cells with fewer are left out, as small cells of the tables are:
 * a pin alone in its cell could be someone's home.
 */
public record PointMap(Question question, List<Count> cells, long pins, int minimumCell) {

    public PointMap {
        cells = List.copyOf(cells);
    }

    /** The pins in one cell. */
    public record Count(GridCell cell, long count) {
    }
}
