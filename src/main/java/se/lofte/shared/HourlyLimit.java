package se.lofte.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How many times one key (a client, or a pseudonym of one) may do something in an hour: a token bucket per key,
 * refilled in full each hour. The buckets are bounded in number and forgotten two hours after their last use, so that
 * a flood of keys cannot fill the heap. Each app node counts on its own.
 */
public final class HourlyLimit {

    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    public HourlyLimit(int perHour) {
        if (perHour < 1) {
            throw new IllegalArgumentException("An hourly limit must allow at least 1, not " + perHour);
        }
        this.perHour = perHour;
    }

    /** Takes one from the key's hour; false when none is left. */
    public boolean take(String key) {
        return buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perHour)
                .refillIntervally(perHour, Duration.ofHours(1)).build()).build()).tryConsume(1);
    }
}
