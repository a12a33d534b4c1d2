package se.lofte.situation.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import se.lofte.analysis.DensityGrid;
import se.lofte.shared.Ui;
import se.lofte.situation.IncidentDensity;

/**
 * The kernel density as the page shows it beside the map's layer: the bandwidth used (and whether it was
 * chosen or the default rule's), the cell size, the classes in words with their bounds, and the densest cells
 * as the layer's table. Numbers are formatted for the page's language.
 *
 * @param bandwidth the bandwidth in whole metres
 * @param chosen whether the user gave it; otherwise the default rule did
 * @param cell the cell size in metres
 * @param used how many incidents the surface is made of
 * @param classes the five classes, densest last
 * @param densest the {@link #DENSEST} densest cells, densest first
 * @param dataUrl where the map gets the layer
 */
public record DensityView(String bandwidth, boolean chosen, String cell, int used, List<Level> classes,
                          List<Densest> densest, String dataUrl) {

    static final int DENSEST = 10;

    /** Class {@code level}: the cells above {@code from} up to {@code to} incidents per km². */
    public record Level(int level, int percentFrom, int percentTo, String from, String to) {
    }

    /** A cell of the table: its centre and density per km². */
    public record Densest(String latitude, String longitude, String perKm2) {
    }

    static DensityView of(IncidentDensity.Outcome outcome, boolean chosen, String dataUrl, Ui ui) {
        DensityGrid.Result surface = outcome.surface();
        Locale locale = ui.locale();
        List<Level> classes = IntStream.rangeClosed(1, DensityGrid.CLASSES)
                .mapToObj(level -> new Level(level, level == 1 ? 1 : (level - 1) * 100 / DensityGrid.CLASSES,
                        level * 100 / DensityGrid.CLASSES, perKm2(surface.lowerBound(level), locale),
                        perKm2(surface.upperBound(level), locale)))
                .toList();
        List<Densest> densest = outcome.densest(DENSEST).stream()
                .map(c -> new Densest(String.format(Locale.ROOT, "%.5f", c.latitude()),
                        String.format(Locale.ROOT, "%.5f", c.longitude()), perKm2(c.perKm2(), locale)))
                .toList();
        return new DensityView(HotspotForm.format(Math.round(surface.bandwidth())), chosen,
                HotspotForm.format(surface.cellSize()), outcome.used(), classes, densest, dataUrl);
    }

    /** Incidents per km², to one decimal: below 1 per km² the whole numbers would all read 0. */
    static String perKm2(double value, Locale locale) {
        return String.format(locale, "%,.1f", value);
    }
}
