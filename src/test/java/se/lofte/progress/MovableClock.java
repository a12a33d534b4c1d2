package se.lofte.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock the progress tests set to the day they need, since a goal's status depends on today. Every
 * service that takes an optional clock reads this one in their context.
 */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void setDay(LocalDate day) {
        now.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
