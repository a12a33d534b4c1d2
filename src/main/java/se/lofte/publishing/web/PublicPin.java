package se.lofte.publishing.web;

import se.lofte.situation.PinContent;
import se.lofte.situation.TrendSeries;

/**
 * One pin of a lägesbild as the public sees it: a chart (with its table) or a table of counts ({@code series}), or
 * a pin another module draws ({@code content}, such as a survey's results); both null for kinds the public page does
 * not draw.
 */
public record PublicPin(String title, boolean chart, TrendSeries series, PinContent content) {
}
