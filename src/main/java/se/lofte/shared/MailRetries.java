package se.lofte.shared;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;

/**
 * When a queued mail that failed to go is tried again: after 1, 4, 16, 64 and 256 minutes, nearly six hours in all,
 * long enough for a mail server to come back from a restart or an upgrade; after the sixth failure it is given up
 * with a warning. Every outbox (subscriber news, follow-up mail) retries alike. Log lines name a mail by what it is
 * and its row id, and a failure by its type only: an SMTP error may quote the address. {@code log} is the outbox's
 * own logger, so its lines keep their category.
 */
public record MailRetries(String mails, Logger log) {

    public static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    /** How long to wait after the {@code attempts}-th failed try of mail {@code id}; empty: give it up. */
    public Optional<Duration> after(long id, int attempts, RuntimeException failure) {
        if (attempts >= MAX_ATTEMPTS) {
            log.warn("{} {} given up after {} attempts: {}", mails, id, attempts, failure.getClass().getSimpleName());
            return Optional.empty();
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << (2 * (attempts - 1)));
        log.info("{} {} not sent (attempt {}), next try in {}: {}", mails, id, attempts, wait,
                failure.getClass().getSimpleName());
        return Optional.of(wait);
    }
}
