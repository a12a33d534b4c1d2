package se.lofte.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import se.lofte.incidents.sources.ParsedIncident;

/**
 * The dedup key of an incident: what makes a second import of the same data add nothing. With a source id
 * it is that id itself, prefixed {@code i:} (an id longer than the column allows is hashed instead): a
 * source's own ids mostly arrive in order, so the unique index takes them near each other, where random
 * hashes would touch a random index page per row and make a large import several times slower. A hash is
 * 64 hex digits and never holds the colon, so the two kinds of key cannot meet. Without an id it is the SHA-256 of the row's content (category, times,
 * position, place name, description) and its occurrence number among identical rows of the same file:
 * police.uk anti-social-behaviour rows that look the same are distinct crimes, so the second identical row
 * of a file gets a key of its own, and the same file imported again gives the same keys again.
 *
 * <p>One instance per file; it remembers how often it has seen each content (by a 64-bit prefix of its
 * hash, in a compact table, so a million rows cost a few megabytes). Two different contents sharing a
 * prefix only share a numbering, which the same file reproduces identically, so no key is ever lost.
 */
final class DedupKeys {

    private static final HexFormat HEX = HexFormat.of();
    private static final char SEPARATOR = '\u001F';
    private static final String ID_PREFIX = "i:";
    /** The dedup_key column holds 64 characters. */
    private static final int MAX_ID_KEY = 64 - ID_PREFIX.length();

    private final MessageDigest sha256 = sha256();
    private final Occurrences occurrences = new Occurrences();

    String of(ParsedIncident row) {
        if (row.sourceId() != null && !row.sourceId().isBlank()) {
            return ofSourceId(row.sourceId());
        }
        String content = String.join(String.valueOf(SEPARATOR), row.category(), text(row.startsAt()),
                text(row.endsAt()), text(row.latitude()), text(row.longitude()), text(row.placeName()),
                text(row.description()));
        byte[] contentHash = hash(content);
        long prefix = 0;
        for (int i = 0; i < 8; i++) {
            prefix = prefix << 8 | (contentHash[i] & 0xff);
        }
        int occurrence = occurrences.next(prefix);
        return hex(content + SEPARATOR + occurrence);
    }

    /** The key of a row with the source's own id, which must not be blank. */
    String ofSourceId(String sourceId) {
        String id = sourceId.strip();
        return id.length() <= MAX_ID_KEY ? ID_PREFIX + id : hex(id);
    }

    boolean isIdKey(String key) {
        return key.startsWith(ID_PREFIX);
    }

    private String hex(String text) {
        return HEX.formatHex(hash(text));
    }

    private byte[] hash(String text) {
        return sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Times as instants, so that the same moment written in another offset is the same content. */
    private static String text(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return Objects.toString(value, "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Counts per 64-bit key in an open-addressing table: the first call for a key gives 1, the next 2 … */
    static final class Occurrences {

        private long[] keys = new long[1024];
        private int[] counts = new int[1024];
        private int size;

        int next(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(keys, counts, key);
            if (counts[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            return ++counts[slot];
        }

        private static int slot(long[] keys, int[] counts, long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ key >>> 32) & mask;
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = slot + 1 & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldCounts.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] != 0) {
                    int slot = slot(keys, counts, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }
}
