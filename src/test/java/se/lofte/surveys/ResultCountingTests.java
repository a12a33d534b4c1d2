package se.lofte.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results of the late-evening question from 30 answers, 18 in Norr and 12 in Söder, against a calculation by
 * hand. Counts of the five answers (Mycket trygg … Går aldrig ut ensam sent):
 * <pre>
 *          1   2   3   4   5   n
 *   all   10   9   6   3   2  30
 *   Norr   6   5   5   2   0  18
 *   Söder  4   4   1   1   2  12
 * </pre>
 */
class ResultCountingTests {

    static final Offset<Double> ROUNDED = Offset.offset(0.00005);

    static final Question LATE_EVENING = new Question(new QuestionId(7), 2, QuestionKind.SINGLE_CHOICE,
            SurveyTemplate.LATE_EVENING, "Hur trygg?", "How safe?", List.of(new QuestionOption("Mycket trygg", "Very safe"),
            new QuestionOption("Ganska trygg", "Fairly safe"), new QuestionOption("Ganska otrygg", "Fairly unsafe"),
            new QuestionOption("Mycket otrygg", "Very unsafe"), new QuestionOption("Går aldrig ut", "Never go out")));
    static final List<District> DISTRICTS = List.of(new District(1, "Norr"), new District(2, "Söder"));

    @Test
    void sharesWithWilsonIntervalsAndSmallCellsSuppressedMatchTheHandCalculation() {
        var result = count(Map.of()).getFirst();
        assertThat(result.answered()).containsExactly(30L, 18L, 12L);

        // All: 3 and 2 are under 5 and hidden; two hidden cells do not give each other away.
        // Wilson, z = 1.96: 10/30: p = 0.3333, centre (p + z²/2n) / (1 + z²/n) = 0.3523,
        // half z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²) = 0.1599, so 19.23 % to 51.22 %.
        assertCell(cell(result, 0, 0), 10, 0.3333, 0.1923, 0.5122);
        assertCell(cell(result, 1, 0), 9, 0.3, 0.1666, 0.4788);
        assertCell(cell(result, 2, 0), 6, 0.2, 0.0951, 0.3731);
        assertThat(cell(result, 3, 0).suppressed()).isTrue();
        assertThat(cell(result, 4, 0).suppressed()).isTrue();

        // Norr: 2 is hidden; alone it would follow from 18 − 6 − 5 − 5 − 0, so the smallest other non-zero
        // count (the first 5) is hidden too. Zero shows: it points at nobody.
        assertCell(cell(result, 0, 1), 6, 0.3333, 0.1628, 0.5625);
        assertThat(cell(result, 1, 1).suppressed()).isTrue();
        assertCell(cell(result, 2, 1), 5, 0.2778, 0.1250, 0.5087);
        assertThat(cell(result, 3, 1).suppressed()).isTrue();
        assertCell(cell(result, 4, 1), 0, 0.0, 0.0, 0.1759);

        // Söder: every count is under 5.
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.cells().get(2).suppressed()).isTrue());
    }

    @Test
    void theChangeFromLastYearIsInPercentagePointsWhereBothYearsShowTheCell() {
        var previous = Map.of(ResultCounting.key(SurveyTemplate.LATE_EVENING, 1), 0.25,
                ResultCounting.key(SurveyTemplate.LATE_EVENING, 4), 0.2);
        var result = count(previous).getFirst();
        assertThat(result.rows().get(0).change()).isCloseTo(8.3333, ROUNDED);
        assertThat(result.rows().get(1).change()).isNull();
        assertThat(result.rows().get(3).change()).isNull();
    }

    @Test
    void aDistrictWhereFewerThanTheMinimumAnsweredShowsNothingAndTheMinimumCanBeRaised() {
        var few = ResultCounting.count(List.of(LATE_EVENING), DISTRICTS, Map.of(1L, 1L, 2L, 1L, 3L, 1L),
                List.of(chosen(1, 1), chosen(2, 1), chosen(3, 2)), Map.of(), 5);
        assertThat(few.getFirst().answered()).containsExactly(null, null, 0L);
        assertThat(few.getFirst().rows()).allSatisfy(row -> assertThat(row.cells().get(0).suppressed()).isTrue());

        var raised = count(List.of(LATE_EVENING), Map.of(), 10).getFirst();
        assertCell(cell(raised, 0, 0), 10, 0.3333, 0.1923, 0.5122);
        assertThat(cell(raised, 1, 0).suppressed()).isTrue();
    }

    private static List<QuestionResult> count(Map<String, Double> previous) {
        return count(List.of(LATE_EVENING), previous, 5);
    }

    /**
     * The results of these questions from the 30 answers of the table above (each of them answering only
     * {@link #LATE_EVENING}), against last year's shares and with this smallest count shown.
     */
    static List<QuestionResult> count(List<Question> questions, Map<String, Double> previous, int minimum) {
        int[][] norr = {{1, 6}, {2, 5}, {3, 5}, {4, 2}, {5, 0}};
        int[][] soder = {{1, 4}, {2, 4}, {3, 1}, {4, 1}, {5, 2}};
        Map<Long, Long> responses = new HashMap<>();
        List<ResultCounting.Chosen> chosen = new ArrayList<>();
        long response = 0;
        for (int[][] district : new int[][][]{norr, soder}) {
            long area = district == norr ? 1 : 2;
            for (int[] option : district) {
                for (int i = 0; i < option[1]; i++) {
                    response++;
                    responses.put(response, area);
                    chosen.add(chosen(response, option[0]));
                }
            }
        }
        return ResultCounting.count(questions, DISTRICTS, responses, chosen, previous, minimum);
    }

    private static ResultCounting.Chosen chosen(long response, int position) {
        return new ResultCounting.Chosen(response, LATE_EVENING.id(), position);
    }

    private static Cell cell(QuestionResult result, int row, int column) {
        return result.rows().get(row).cells().get(column);
    }

    private static void assertCell(Cell cell, long count, double share, double low, double high) {
        assertThat(cell.count()).isEqualTo(count);
        assertThat(cell.share()).isCloseTo(share, ROUNDED);
        assertThat(cell.low()).isCloseTo(low, ROUNDED);
        assertThat(cell.high()).isCloseTo(high, ROUNDED);
    }
}
