package se.lofte.situation;

import java.util.Optional;

/**
 * A period's count against a reference period's, with how well the data covers each ({@code data}). The change
 * and the chance test, {@code test}, are there only when the data covers both periods entirely (the rule of
 * {@link Coverage}); otherwise there is no change to show, only which period lacks data.
 */
public record Compared(Period period, long current, Period referencePeriod, long reference, Coverage.Pair data,
                       Optional<CountComparison> test) {

    public static Compared of(Period period, long current, Period referencePeriod, long reference,
                              Coverage coverage) {
        Coverage.Pair data = coverage.of(period, referencePeriod);
        return new Compared(period, current, referencePeriod, reference, data, data.comparable()
                ? Optional.of(CountComparison.of(current, period.days(), reference, referencePeriod.days()))
                : Optional.empty());
    }

    /** True only for a comparison that could be made and whose change is more than chance. */
    public boolean moreThanChance() {
        return test.map(CountComparison::moreThanChance).orElse(false);
    }

    /** Whether any of the period's days have data: if not, its count is unknown rather than zero. */
    public boolean currentKnown() {
        return data.current() != Coverage.Extent.NONE;
    }

    public boolean referenceKnown() {
        return data.reference() != Coverage.Extent.NONE;
    }
}
