package se.lofte.situation;

import se.lofte.analysis.Effect;
import se.lofte.analysis.PeriodCounts;

/**
 * The answer to "did it work": the counts in the target, its buffer and the control area before and after,
 * and the figures computed from them. The buffer is compared with the same control area as the target
 * (Bowers &amp; Johnson's WDQ has one control for both).
 */
public record EffectEvaluation(EffectChoice choice, PeriodCounts target, PeriodCounts buffer, PeriodCounts control,
                               Effect effect) {
}
