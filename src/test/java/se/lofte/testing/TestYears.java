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

    private TestYears() {
    }

    public static int next() {
        return NEXT.getAndIncrement();
    }

    /** A fresh start year before 2100, in which imported incidents are believed. */
    public static int importable() {
        return IMPORTABLE.getAndIncrement();
    }
}
