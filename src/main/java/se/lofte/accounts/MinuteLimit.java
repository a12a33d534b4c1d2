package se.lofte.accounts;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How many requests one key (a client address, and for sign-in also the form) may make in a minute: a token bucket
 * per key, refilled in full each minute. The buckets are bounded in number and forgotten ten minutes after their last
 * use, so that a flood of addresses cannot fill the heap. Each app node counts on its own.
 */
final class MinuteLimit {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    MinuteLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one from the key's minute: 0 when one was left, otherwise the whole seconds (at least 1) to wait. */
    long take(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }
}
