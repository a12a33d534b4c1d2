package se.lofte.promises.web;

import java.util.List;
import java.util.Map;

import se.lofte.promises.PromiseState;
import se.lofte.promises.PromiseSummary;

/**
 * The staff overview: promises per state (of the whole country for a system administrator, else of the
 * person's organisations), and those waiting for a step, the longest-waiting first.
 */
public record OverviewPage(boolean wholeCountry, Map<PromiseState, Long> counts, List<PromiseSummary> waiting) {
}
