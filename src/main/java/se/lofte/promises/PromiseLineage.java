package se.lofte.promises;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A published promise among the years it continues and is continued by ("Nästa års löfte"): "Tidigare år: 2019 →
 * 2020 → 2021". Only published promises are in it, the earliest first; {@code extended} says the promise itself was
 * extended by a year. {@code continued} holds, for each commitment carried over from the year before, its number in
 * that year's promise, by key.
 */
public record PromiseLineage(List<Year> years, boolean extended, Optional<Year> previous,
                             Map<String, Integer> continued) {

    public PromiseLineage {
        years = List.copyOf(years);
        continued = Map.copyOf(continued);
    }

    /** One promise of the chain: its start year and period, and whether it is the one the page shows. */
    public record Year(PromiseId id, int startYear, String periodLabel, boolean current) {
    }

    /** Whether there is anything to show: other years, or the extension. */
    public boolean shown() {
        return years.size() > 1 || extended;
    }

    /** The number the commitment had in the year before, if it was carried over from it. */
    public Optional<Integer> continues(String commitmentKey) {
        return Optional.ofNullable(continued.get(commitmentKey));
    }
}
