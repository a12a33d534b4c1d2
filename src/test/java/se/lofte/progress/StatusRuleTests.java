package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import se.lofte.promises.PromiseContent.Direction;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRuleTests {

    private static final LocalDate START = LocalDate.of(2030, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
    private static final LocalDate MIDYEAR = LocalDate.of(2030, 7, 2);
    private static final LocalDate AFTER = LocalDate.of(2031, 1, 1);

    private static GoalStatus increase(String value, LocalDate today) {
        return StatusRule.decide(true, Direction.INCREASE, BigDecimal.ZERO, BigDecimal.TEN, START, DEADLINE,
                value == null ? null : new BigDecimal(value), today);
    }

    private static GoalStatus decrease(String value, LocalDate today) {
        return StatusRule.decide(true, Direction.DECREASE, BigDecimal.valueOf(20), BigDecimal.TEN, START, DEADLINE,
                new BigDecimal(value), today);
    }

    @Test
    void aGoalWithAWorkingSourceButNoValueYetHasNotStartedToBeMeasured() {
        assertThat(increase(null, START.minusDays(30))).isEqualTo(GoalStatus.NOT_YET_MEASURED);
        assertThat(increase(null, START)).isEqualTo(GoalStatus.NOT_YET_MEASURED);
        assertThat(increase(null, MIDYEAR)).isEqualTo(GoalStatus.NOT_YET_MEASURED);
        assertThat(increase(null, DEADLINE)).isEqualTo(GoalStatus.NOT_YET_MEASURED);
        assertThat(StatusRule.decide(true, Direction.DECREASE, null, BigDecimal.TEN, START, DEADLINE, null, MIDYEAR))
                .isEqualTo(GoalStatus.NOT_YET_MEASURED);
    }

    @Test
    void aGoalStillWithoutAValueAfterItsDeadlineWasNeverMeasuredInItsTime() {
        assertThat(increase(null, AFTER)).isEqualTo(GoalStatus.NOT_MEASURABLE);
    }

    @Test
    void withoutASourceThatCanReadATargetOrADeadlineNothingCanBeSaid() {
        assertThat(StatusRule.decide(false, Direction.INCREASE, BigDecimal.ZERO, BigDecimal.TEN, START, DEADLINE, null,
                MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(StatusRule.decide(false, Direction.INCREASE, BigDecimal.ZERO, BigDecimal.TEN, START, DEADLINE,
                BigDecimal.ONE, MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(StatusRule.decide(true, Direction.INCREASE, BigDecimal.ZERO, null, START, DEADLINE, BigDecimal.ONE,
                MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(StatusRule.decide(true, Direction.INCREASE, BigDecimal.ZERO, null, START, DEADLINE, null,
                MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(StatusRule.decide(true, Direction.DECREASE, BigDecimal.ZERO, BigDecimal.TEN, START, null,
                BigDecimal.ONE, MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(StatusRule.decide(true, Direction.DECREASE, BigDecimal.ZERO, BigDecimal.TEN, START, null, null,
                MIDYEAR)).isEqualTo(GoalStatus.NOT_MEASURABLE);
    }

    @Test
    void onlyTheTwoStatusesWithoutAValueSayNothingOfTheValue() {
        assertThat(Arrays.stream(GoalStatus.values()).filter(GoalStatus::withoutValue))
                .containsExactly(GoalStatus.NOT_YET_MEASURED, GoalStatus.NOT_MEASURABLE);
    }

    @Test
    void anIncreaseIsReachedAtTheTargetOnAnyDay() {
        assertThat(increase("10", START.plusDays(3))).isEqualTo(GoalStatus.REACHED);
        assertThat(increase("12", AFTER)).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void anIncreaseBelowTheTargetAfterTheDeadlineIsNotReached() {
        assertThat(increase("9.99", AFTER)).isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void anIncreaseIsOnTrackAtOrAboveTheStraightLineAndAtRiskBelowIt() {
        // Half the year has passed on 2 July: the line from 0 to 10 stands at 5.
        assertThat(StatusRule.expected(BigDecimal.ZERO, BigDecimal.TEN, START, DEADLINE, MIDYEAR))
                .isEqualByComparingTo("5");
        assertThat(increase("5", MIDYEAR)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(increase("4.9", MIDYEAR)).isEqualTo(GoalStatus.AT_RISK);
        assertThat(increase("0", DEADLINE)).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void theLineStartsAtTheBaseline() {
        assertThat(StatusRule.decide(true, Direction.INCREASE, BigDecimal.valueOf(4), BigDecimal.TEN, START, DEADLINE,
                BigDecimal.valueOf(6), MIDYEAR)).isEqualTo(GoalStatus.AT_RISK);
        assertThat(StatusRule.decide(true, Direction.INCREASE, BigDecimal.valueOf(4), BigDecimal.TEN, START, DEADLINE,
                BigDecimal.valueOf(7), MIDYEAR)).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void nothingIsExpectedBeforeThePromiseStartsOrOfAGoalWithoutAPeriod() {
        assertThat(increase("0", START)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(increase("0", START.minusDays(30))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(StatusRule.decide(true, Direction.INCREASE, null, BigDecimal.TEN, null, DEADLINE, BigDecimal.ZERO,
                MIDYEAR)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(StatusRule.decide(true, Direction.INCREASE, null, BigDecimal.TEN, DEADLINE, DEADLINE, BigDecimal.ZERO,
                DEADLINE)).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void aDecreaseAtOrBelowTheTargetIsOnTrackUntilTheDeadlineAndReachedAfterIt() {
        assertThat(decrease("10", MIDYEAR)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(decrease("10", DEADLINE)).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(decrease("10", AFTER)).isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void aDecreaseAboveTheTargetIsAtRiskUntilTheDeadlineAndNotReachedAfterIt() {
        assertThat(decrease("11", MIDYEAR)).isEqualTo(GoalStatus.AT_RISK);
        assertThat(decrease("11", AFTER)).isEqualTo(GoalStatus.NOT_REACHED);
    }
}
