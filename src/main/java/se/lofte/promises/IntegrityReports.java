package se.lofte.promises;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.PublicChanges;

/**
 * The integrity report as the open API serves it, to anyone and as often as they ask. A check recomputes the
 * hashes of every published revision, so its result is kept until the public site next changes: a
 * publication moves the {@link PublicChanges} version on in its own transaction, and every node sees that
 * within the version's check interval. A revision changed behind Löfte's back, directly in the database,
 * moves no version; the report is therefore kept at most {@code lofte.public-cache.max-lifetime}, like a
 * public page, and such a change shows within that time. Requests that find no report kept wait for one
 * check instead of each making their own. The command {@code verify-revisions} always checks afresh.
 */
@Service
public class IntegrityReports {

    private final RevisionIntegrity integrity;
    private final PublicChanges changes;
    private final Clock clock;
    private final Duration maxAge;
    private final Object checking = new Object();
    private volatile Kept kept;

    IntegrityReports(RevisionIntegrity integrity, PublicChanges changes, Clock clock,
                     LofteProperties properties) {
        this.integrity = integrity;
        this.changes = changes;
        this.clock = clock;
        this.maxAge = properties.publicCache().maxLifetime();
    }

    /** The report of the public site as it is now: the one kept for its version, or a new check. */
    public Checked current() {
        // Read before checking: a publication committed during the check leaves the report under the older
        // version, so the next request checks again.
        long version = changes.current();
        Kept now = kept;
        if (valid(now, version)) {
            return now.checked();
        }
        synchronized (checking) {
            now = kept;
            if (valid(now, version)) {
                return now.checked();
            }
            var checked = new Checked(integrity.check(), clock.instant());
            kept = new Kept(version, checked);
            return checked;
        }
    }

    private boolean valid(Kept kept, long version) {
        if (kept == null || version < 0 || kept.version() != version) {
            return false;
        }
        Instant now = clock.instant();
        Instant at = kept.checked().at();
        return !now.isBefore(at) && now.isBefore(at.plus(maxAge));
    }

    /** A report and when its check ran. */
    public record Checked(IntegrityReport report, Instant at) {
    }

    private record Kept(long version, Checked checked) {
    }
}
