package se.lofte.surveys;

import java.util.List;

/**
 * One answer of a question across the columns (all, then each district), with the change of its overall share in
 * percentage points from the previous year's survey, when both years show the cell.
 */
public record ResultRow(String labelSv, String labelEn, List<Cell> cells, Double change) {

    public ResultRow {
        cells = List.copyOf(cells);
    }

    public String label(boolean english) {
        return english ? labelEn : labelSv;
    }
}
