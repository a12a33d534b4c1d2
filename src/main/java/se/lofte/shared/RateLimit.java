package se.lofte.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How many times one key (a client address, or a pseudonym of one) may do something in a minute or an hour: a token
 * bucket per key, refilled in full once a window. The buckets are bounded in number and forgotten two windows after
 * their last use (a bucket idle that long is full again anyway), so that a flood of keys cannot fill the heap. Each
 * app node counts on its own; with several nodes a key gets the limit once per node, which still stops a flood.
 */
public final class RateLimit {

    private final int perWindow;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    private RateLimit(int perWindow, Duration window) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least 1, not " + perWindow);
        }
        this.perWindow = perWindow;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    public static RateLimit perMinute(int times) {
        return new RateLimit(times, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(int times) {
        return new RateLimit(times, Duration.ofHours(1));
    }

    /** How many times a key may act in a window, as said in a refusal. */
    public int perWindow() {
        return perWindow;
    }

    /** Takes one from the key's window; false when none is left. */
    public boolean take(String key) {
        return secondsToWait(key) == 0;
    }

    /**
     * Takes one from the key's window: 0 when there was one, else the whole seconds (at least 1) until the window
     * refills, for a Retry-After.
     */
    public long secondsToWait(String key) {
        var probe = buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perWindow)
                .refillIntervally(perWindow, window).build()).build()).tryConsumeAndReturnRemaining(1);
        // Rounded up: a client that waits what it is told finds the window refilled.
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
