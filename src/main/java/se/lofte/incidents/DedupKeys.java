package se.lofte.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import se.lofte.incidents.sources.ParsedIncident;
import se.lofte.shared.Sha256;

/**
 * The dedup key of an incident: what makes a second import of the same data add nothing. With a source id
 * it is that id itself, prefixed {@code i:} (an id longer than the column allows is hashed instead): a
 * source's own ids mostly arrive in order, so the unique index takes them near each other, where random
 * hashes would touch a random index page per row and make a large import several times slower. Without an id
 * it is the SHA-256 of the row's content (category, times, position, place name, description) and its
 * occurrence number among identical rows of the same file: police.uk anti-social-behaviour rows that look the
 * same are distinct crimes, so the second identical row of a file gets a key of its own, and the same file
 * imported again gives the same keys again.
 *
 * <p><b>An id repeated within a file</b> is numbered the same way: police.uk gives one Crime ID to several rows
 * of a month with different places and outcomes, which are distinct crimes that police.uk counts, so they must
 * not be taken for one. The first row with an id keeps {@code i:<id>}, the key every import gave it before
 * (stored incidents keep their meaning, and no migration is needed); the n-th gets {@code i<n>:<id>}, such as
 * {@code i2:<id>}. The number is counted per file, in file order, and not from the row's content, so a later
 * download of the same month with changed outcomes still gives every row the key it had. The forms cannot
 * meet: an id key has its first colon right after the {@code i}, a numbered one after the digits, and a hash
 * is 64 hex digits without a colon. A numbered key too long for the column is the SHA-256 of the unit
 * separator, the number, the unit separator and the id; a stripped id never starts with that separator (Java
 * counts it as white space), so that hash is never the hash of an id, nor of a row's content (which starts with
 * the stripped category).
 *
 * <p>One instance per file; it remembers how often it has seen each content and each id (by a 64-bit prefix of
 * their hash, in compact tables, so a million rows cost a few megabytes). Two different contents or ids sharing
 * a prefix only share a numbering, which the same file reproduces identically, so no key is ever lost. Two ids
 * sharing one could make an incident twice, should a later file hold the second id without the first (it is
 * numbered in one file and not in the other); for a file of a million ids the chance of a shared prefix is
 * about 3 in 100 million (n²/2⁶⁵).
 */
final class DedupKeys {

    private static final HexFormat HEX = HexFormat.of();
    private static final char SEPARATOR = '\u001F';
    private static final String ID_PREFIX = "i:";
    /** The dedup_key column holds 64 characters. */
    private static final int KEY_MAX = 64;
    private static final int MAX_ID_KEY = KEY_MAX - ID_PREFIX.length();

    private final MessageDigest sha256 = Sha256.digest();
    private final Occurrences contents = new Occurrences();
    private final Occurrences ids = new Occurrences();

    String of(ParsedIncident row) {
        if (row.sourceId() != null && !row.sourceId().isBlank()) {
            String id = row.sourceId().strip();
            return ofSourceId(id, ids.next(prefix(hash(id))));
        }
        String content = String.join(String.valueOf(SEPARATOR), row.category(), text(row.startsAt()),
                text(row.endsAt()), text(row.latitude()), text(row.longitude()), text(row.placeName()),
                text(row.description()));
        int occurrence = contents.next(prefix(hash(content)));
        return hex(content + SEPARATOR + occurrence);
    }

    /** The key of the first row with the source's own id, which must not be blank. */
    String ofSourceId(String sourceId) {
        return ofSourceId(sourceId, 1);
    }

    /** The key of the {@code occurrence}-th row of a file with this id (counted from 1); see the class comment. */
    String ofSourceId(String sourceId, int occurrence) {
        String id = sourceId.strip();
        if (occurrence == 1) {
            return id.length() <= MAX_ID_KEY ? ID_PREFIX + id : hex(id);
        }
        String key = "i" + occurrence + ":" + id;
        return key.length() <= KEY_MAX ? key : hex(SEPARATOR + Integer.toString(occurrence) + SEPARATOR + id);
    }

    boolean isIdKey(String key) {
        return key.startsWith(ID_PREFIX);
    }

    private static long prefix(byte[] hash) {
        long prefix = 0;
        for (int i = 0; i < 8; i++) {
            prefix = prefix << 8 | (hash[i] & 0xff);
        }
        return prefix;
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
