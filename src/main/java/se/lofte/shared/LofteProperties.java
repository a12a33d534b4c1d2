package se.lofte.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code lofte.*} setting, bound once at start (documented in application.properties, where the
 * environment variables are named). A value that cannot work stops the start with a message naming the
 * setting; what a setting means is said where it is used.
 */
@ConfigurationProperties("lofte")
public record LofteProperties(
        String baseUrl,
        String trustedProxies,
        boolean demoData,
        boolean examplePromise,
        @DefaultValue Mail mail,
        @DefaultValue Admin admin,
        @DefaultValue Forms forms,
        @DefaultValue SignIn signIn,
        @DefaultValue Api api,
        @DefaultValue ApiDocs apiDocs,
        @DefaultValue Backup backup,
        @DefaultValue Sso sso,
        @DefaultValue Feeds feeds,
        @DefaultValue PublicCache publicCache,
        @DefaultValue Situation situation,
        @DefaultValue Subscriptions subscriptions,
        @DefaultValue FollowUp followUp,
        @DefaultValue MapSettings map) {

    public LofteProperties {
        trustedProxies = trustedProxies == null ? "" : trustedProxies;
        siteAddress(baseUrl);
    }

    /**
     * Links in mails and feeds are read away from the site: they need a whole address to work, and one that
     * reaches this site. No address is guessed outside development (the dev profile sets localhost): a
     * guessed {@code localhost} sends every invited person to their own machine.
     */
    private static void siteAddress(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("lofte.base-url is not set. Set LOFTE_BASE_URL to the address people "
                    + "open the site at, such as https://lofte.example.se: links in invitations, password resets, "
                    + "subscription mails and feeds start with it. On a developer's machine, start with the dev "
                    + "profile instead (./mvnw spring-boot:run does, or --spring.profiles.active=dev).");
        }
        URI address = null;
        try {
            address = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            // said below
        }
        if (address == null || address.getHost() == null || address.getQuery() != null
                || address.getFragment() != null || !("http".equals(address.getScheme())
                || "https".equals(address.getScheme()))) {
            throw new IllegalArgumentException("lofte.base-url must be the site's address, such as "
                    + "https://lofte.example.se, not: " + baseUrl);
        }
    }

    /** The site's address, which links in mails and feeds start with. */
    public SiteAddress site() {
        return SiteAddress.of(baseUrl.strip());
    }

    /** The sender of Löfte's mails, and how many mails a stranger may make it send to one address an hour. */
    public record Mail(String from,
                       int perAddressPerHour) {
        public Mail {
            atLeast("lofte.mail.per-address-per-hour", perAddressPerHour, 1);
        }
    }

    /** The first administrator, made in a database without accounts; an empty password is generated. */
    public record Admin(String username, String password) {
        public Admin {
            password = password == null ? "" : password;
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("lofte.admin.username must not be empty");
            }
        }
    }

    /** The key that signs the residents' form tokens; empty: one made once and kept in the database. */
    public record Forms(String secret) {
        public Forms {
            secret = secret == null ? "" : secret;
        }
    }

    /** Login and password-reset requests per client address and minute. */
    public record SignIn(int attemptsPerMinute) {
        public SignIn {
            atLeast("lofte.sign-in.attempts-per-minute", attemptsPerMinute, 1);
        }
    }

    /** Requests for the open API's integrity report per client address and minute. */
    public record Api(int integrityRequestsPerMinute) {
        public Api {
            atLeast("lofte.api.integrity-requests-per-minute", integrityRequestsPerMinute, 1);
        }
    }

    /** Whether anyone may read the API description, or only signed-in staff. */
    public record ApiDocs(@Name("public") boolean open) {
    }

    /** Where the embedded database's online backup is written. */
    public record Backup(Path directory) {
    }

    /** Single sign-on registrations whose e-mail claim is trusted without {@code email_verified}. */
    public record Sso(@DefaultValue Set<String> trustedEmailRegistrations) {
        public Sso {
            trustedEmailRegistrations = Set.copyOf(trustedEmailRegistrations);
        }
    }

    /** The date in the feeds' tag ids: a day on which the site's owner held the host name. */
    public record Feeds(String tagDate) {
        public Feeds {
            if (tagDate == null || !tagDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException(
                        "lofte.feeds.tag-date must be a date as YYYY, YYYY-MM or YYYY-MM-DD (RFC 4151), not: " + tagDate);
            }
        }
    }

    /** The public site's page cache and the freshness it tells browsers and proxies. */
    public record PublicCache(boolean enabled, DataSize maxSize,
                              Duration checkInterval,
                              Duration maxLifetime, Duration maxAge,
                              Duration staleWhileRevalidate) {
        public PublicCache {
            positive("lofte.public-cache.check-interval", checkInterval);
            positive("lofte.public-cache.max-lifetime", maxLifetime);
            notNegative("lofte.public-cache.max-age", maxAge);
            notNegative("lofte.public-cache.stale-while-revalidate", staleWhileRevalidate);
            if (maxSize.toBytes() < 1) {
                throw new IllegalArgumentException("lofte.public-cache.max-size must be more than 0, not " + maxSize);
            }
        }
    }

    /** How often the outbox of subscriber mails is sent. */
    public record Subscriptions(Duration sendInterval) {
        public Subscriptions {
            positive("lofte.subscriptions.send-interval", sendInterval);
        }
    }

    /**
     * How long before a follow-up period ends its parties' editors and signatories are reminded, while the follow-up
     * is not published: a number of days, weeks or months ({@code P30D}, {@code P2W}, {@code P1M}).
     */
    public record FollowUp(Period reminderBefore) {
        public FollowUp {
            if (reminderBefore == null || reminderBefore.isNegative() || reminderBefore.isZero()) {
                throw new IllegalArgumentException("lofte.follow-up.reminder-before must be a period longer than 0,"
                        + " such as P30D (30 days) or P1M (a month), not " + reminderBefore);
            }
        }
    }

    /** The lägesbild's imports and placing. */
    public record Situation(double snapMetres, int importWorkers,
                            Duration importHeartbeatLimit, @DefaultValue Polisen polisen) {
        public Situation {
            importHeartbeatLimit = importHeartbeatLimit == null ? Duration.ofMinutes(2) : importHeartbeatLimit;
            if (!(snapMetres >= 0 && snapMetres <= 10_000)) {
                throw new IllegalArgumentException(
                        "lofte.situation.snap-metres must be between 0 and 10000, not " + snapMetres);
            }
            atLeast("lofte.situation.import-workers", importWorkers, 1);
            positive("lofte.situation.import-heartbeat-limit", importHeartbeatLimit);
        }

        /** The scheduled fetch of the police's events API: off while the address is empty. */
        public record Polisen(String url, Duration interval, Long organisation) {
            public Polisen {
                url = Typed.text(url);
            }
        }
    }

    /** Map background tiles: an address template and the attribution the provider requires, as HTML. */
    public record MapSettings(String tileUrl, String tileAttribution) {
        public MapSettings {
            tileUrl = tileUrl == null ? MapTiles.DEFAULT_URL : tileUrl;
            tileAttribution = tileAttribution == null ? MapTiles.DEFAULT_ATTRIBUTION : tileAttribution;
            new MapTiles(tileUrl, tileAttribution).contentSecuritySource();
        }

        public MapTiles tiles() {
            return new MapTiles(tileUrl, tileAttribution);
        }
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than 0, not " + value);
        }
    }

    private static void notNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
    }
}
