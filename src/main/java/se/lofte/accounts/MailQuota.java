package se.lofte.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.Sha256;

/**
 * How many mails anyone may make Löfte send to one address: at most {@code lofte.mail.per-address-per-hour}
 * in any hour, whoever asks and from however many client addresses, counted in the database so that every
 * app node counts the same mails. Forms that send on a stranger's word (subscription confirmations, password
 * resets) take one mail from the quota before sending and, when none is left, answer as usual and send
 * nothing: the person who asked learns nothing about the address, and its owner gets no flood.
 *
 * <p>Each use is a row that is written before it is counted, and a use that counts more than the quota is
 * taken back. Of requests at the same moment on several nodes, the last to count sees all the others, so
 * no more than the quota ever pass; at worst a race refuses one mail too many. The table keeps the SHA-256
 * of the address, never the address, and forgets a use once its hour is over.
 */
@Component
public class MailQuota {

    static final Duration WINDOW = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(MailQuota.class);

    private final JdbcClient jdbc;
    private final int perAddress;
    private final Clock clock;

    MailQuota(JdbcClient jdbc, LofteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.perAddress = properties.mail().perAddressPerHour();
        this.clock = clock;
    }

    /**
     * Takes one mail to this address from its quota: true when it may be sent. Call it outside a database
     * transaction, just before sending, and only for a mail that will be sent: each true counts.
     */
    public boolean take(String address) {
        String hash = Sha256.hex(address.strip().toLowerCase(Locale.ROOT));
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime windowStart = now.minus(WINDOW);
        jdbc.sql("delete from mail_quota_use where used_at <= ?").param(windowStart).update();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into mail_quota_use (address_hash, used_at) values (?, ?)").params(hash, now)
                .update(key, "id");
        long used = jdbc.sql("select count(*) from mail_quota_use where address_hash = ? and used_at > ?")
                .params(hash, windowStart).query(Long.class).single();
        if (used <= perAddress) {
            return true;
        }
        jdbc.sql("delete from mail_quota_use where id = ?").param(key.getKey().longValue()).update();
        // The address stays out of the log: only that some address reached its quota.
        log.info("A mail was not sent: its address has had {} such mails in the last hour", perAddress);
        return false;
    }
}
