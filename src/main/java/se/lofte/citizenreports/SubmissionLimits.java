package se.lofte.citizenreports;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many reports one client may send: a token bucket per client key (the client address), refilled in full
 * each hour, in the manner of the sign-in limit. Each app node counts on its own. The limit per e-mail address is
 * counted in the database instead ({@link CitizenReports}), since an address is what a flood would aim at.
 */
@Component
class SubmissionLimits {

    private final int perClientPerHour;
    private final int perAddressPerDay;
    // Bounded and forgetting idle clients, so that a flood of addresses cannot fill the heap.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    SubmissionLimits(@Value("${lofte.citizen-reports.per-client-per-hour:20}") int perClientPerHour,
                     @Value("${lofte.citizen-reports.per-address-per-day:10}") int perAddressPerDay) {
        if (perClientPerHour < 1 || perAddressPerDay < 1) {
            throw new IllegalArgumentException("lofte.citizen-reports.per-client-per-hour and per-address-per-day"
                    + " must be at least 1");
        }
        this.perClientPerHour = perClientPerHour;
        this.perAddressPerDay = perAddressPerDay;
    }

    /** Takes one report from the client's hour; false when none is left. A null key (no client known) is not limited. */
    boolean take(String clientKey) {
        if (clientKey == null) {
            return true;
        }
        return buckets.get(clientKey, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perClientPerHour)
                .refillIntervally(perClientPerHour, Duration.ofHours(1)).build()).build()).tryConsume(1);
    }

    int perAddressPerDay() {
        return perAddressPerDay;
    }
}
