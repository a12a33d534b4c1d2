package se.lofte.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times a step for {@code --timing}, both on the wall clock and as the thread's CPU time: on a shared machine
 * the wall time says as much about the other processes as about the step.
 */
final class Stopwatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wall = System.nanoTime();
    private long cpu = THREADS.getCurrentThreadCpuTime();

    /** The time since the start or the last lap, as "12.3 ms (CPU 10.0 ms)". */
    String lap() {
        long wallNow = System.nanoTime();
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        String text = String.format(Locale.ROOT, "%.1f ms (CPU %.1f ms)", (wallNow - wall) / 1e6, (cpuNow - cpu) / 1e6);
        wall = wallNow;
        cpu = cpuNow;
        return text;
    }
}
