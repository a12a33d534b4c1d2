package se.lofte.citizenreports;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.lofte.shared.RateLimit;

/**
 * How many reports one client may send: an hourly {@link RateLimit} per client key (the client address). The limit per
 * e-mail address is counted in the database instead ({@link CitizenReports}), since an address is what a flood would
 * aim at.
 */
@Component
class SubmissionLimits {

    private final RateLimit perClient;
    private final int perAddressPerDay;

    SubmissionLimits(@Value("${lofte.citizen-reports.per-client-per-hour:20}") int perClientPerHour,
                     @Value("${lofte.citizen-reports.per-address-per-day:10}") int perAddressPerDay) {
        if (perClientPerHour < 1 || perAddressPerDay < 1) {
            throw new IllegalArgumentException("lofte.citizen-reports.per-client-per-hour and per-address-per-day"
                    + " must be at least 1");
        }
        this.perClient = RateLimit.perHour(perClientPerHour);
        this.perAddressPerDay = perAddressPerDay;
    }

    /** Takes one report from the client's hour; false when none is left. A null key (no client known) is not limited. */
    boolean take(String clientKey) {
        if (clientKey == null) {
            return true;
        }
        return perClient.take(clientKey);
    }

    int perAddressPerDay() {
        return perAddressPerDay;
    }
}
