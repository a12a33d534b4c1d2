package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

    @Test
    void aCellThatStartsLikeAFormulaBecomesText() {
        for (String formula : new String[]{"=1+1", "+46 70", "-3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(SpreadsheetCells.text(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertThat(SpreadsheetCells.text("Storgatan 1 = torget")).isEqualTo("Storgatan 1 = torget");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }
}
