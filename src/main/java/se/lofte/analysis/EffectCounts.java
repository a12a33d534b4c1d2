package se.lofte.analysis;

import java.util.Objects;

/**
 * The counts an evaluation of a measure at a place rests on: the treated area (where the measure was), a
 * control area (like it, without the measure: what would have happened anyway), and optionally a
 * displacement area (a buffer around the treated area, where crime might have moved) with a control area of
 * its own, as in Wheeler &amp; Ratcliffe (2018).
 *
 * @param displacement the buffer's counts, or null when none was counted
 * @param displacementControl the buffer's control counts; given exactly when {@code displacement} is
 */
public record EffectCounts(PeriodCounts treated, PeriodCounts control, PeriodCounts displacement,
        PeriodCounts displacementControl) {

    public EffectCounts {
        Objects.requireNonNull(treated, "treated");
        Objects.requireNonNull(control, "control");
        if ((displacement == null) != (displacementControl == null)) {
            throw new IllegalArgumentException("A displacement area needs its control area, and only it");
        }
    }

    /** Counts without a displacement area. */
    public EffectCounts(PeriodCounts treated, PeriodCounts control) {
        this(treated, control, null, null);
    }

    public boolean hasDisplacement() {
        return displacement != null;
    }
}
