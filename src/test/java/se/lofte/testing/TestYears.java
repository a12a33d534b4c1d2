package se.lofte.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh start year for each promise a test creates. A municipality has one promise per start year, and
 * on PostgreSQL all tests of a run share one database, so tests must never reuse a year.
 */
public final class TestYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2100);
    /** Imports believe only years up to 2100: tests that import incidents into their promise's year take these. */
    private static final AtomicInteger IMPORTABLE = new AtomicInteger(2050);
    /**
     * A lägesbild's year lies between 1990 and 2200 (Lagesbilder.LAST_YEAR); counting down from there keeps
     * lägesbild tests valid however many promise years the run has taken before them.
     */
    private static final AtomicInteger LAGESBILD = new AtomicInteger(2200);

    private TestYears() {
    }

    public static int next() {
        return NEXT.getAndIncrement();
    }

    /** A fresh start year whose next year is fresh too, for a promise carried over into next year. */
    public static int withNext() {
        return NEXT.getAndAdd(2);
    }

    /** A fresh year for a lägesbild or a survey (both 1990–2200), never above the last year they may have. */
    public static int lagesbild() {
        return LAGESBILD.getAndDecrement();
    }

    /**
     * A fresh start year before 2100, in which imported incidents are believed; also for tests whose periods pass
     * through the lägesbild's filters, which take days up to 2200 only, while {@link #next()} passes 2200 in a full run.
     */
    public static int importable() {
        return IMPORTABLE.getAndIncrement();
    }

    /**
     * {@code size} fresh years in a row, all before 2100 and within what a survey or a lägesbild may have, for a
     * test that needs the years around its own (a promise's baseline year before it and the year after); the first.
     */
    public static int importableRow(int size) {
        return IMPORTABLE.getAndAdd(size);
    }
}
