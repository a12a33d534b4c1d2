package se.lofte.analysis;

import java.util.Comparator;

/**
 * A location's Gi* read as ArcGIS's Gi_Bin: significant at the {@code confidence} 99, 95 or 90 (0 when not), hot
 * or cold by the sign of z. One reading for cells and street segments, so that both count their hotspots alike.
 */
public interface GiBin {

    /** Hot before cold, each side by its z farthest from 0: the order the pages list hotspots in. */
    Comparator<GiBin> STRONGEST_FIRST = Comparator.comparing((GiBin bin) -> !bin.hot())
            .thenComparing(bin -> -Math.abs(bin.z()));

    double z();

    /** 99, 95 or 90 when the FDR-adjusted p is at most 0.01, 0.05 or 0.10; 0 otherwise. */
    int confidence();

    /** More positions than chance explains around the location. */
    default boolean hot() {
        return confidence() > 0 && z() > 0;
    }

    default boolean cold() {
        return confidence() > 0 && z() < 0;
    }

    /** Hot at a confidence of at least {@code percent}. */
    default boolean hot(int percent) {
        return hot() && confidence() >= percent;
    }

    default boolean cold(int percent) {
        return cold() && confidence() >= percent;
    }
}
