package se.lofte.publishing.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import se.lofte.shared.Sha256;

/**
 * A rendered public response as it is kept: its bytes (and their gzip when that is worth sending), the
 * headers it was rendered with, its validators, the public version it shows and the moment it stops being
 * true even if nothing changes (midnight, when held-back measures become public).
 *
 * @param gzip null when the type does not compress or the body is too small to gain from it
 * @param cacheControl the page's own public caching rule (widgets, share images, pictures), or null for the
 *                     site's rule for public pages
 */
record CachedPage(byte[] body, byte[] gzip, String contentType, Map<String, List<String>> headers,
                  String cacheControl, String etag, Instant lastModified, long version, Instant validUntil) {

    /** Below this, gzip's header and a round trip cost more than the bytes saved. */
    private static final int GZIP_FROM = 512;

    static CachedPage of(byte[] body, String contentType, Map<String, List<String>> headers, String cacheControl,
                         Instant renderedAt, long version, Instant validUntil) {
        byte[] gzip = body.length >= GZIP_FROM && compressible(contentType) ? gzip(body) : null;
        // Strong: it changes with every byte. The hash of the bytes, not the version, so that two nodes that
        // rendered the same page independently answer each other's conditional requests with 304.
        String etag = HexFormat.of().formatHex(Sha256.digest().digest(body), 0, 16);
        return new CachedPage(body, gzip, contentType, headers, cacheControl, etag,
                renderedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), version, validUntil);
    }

    /** The entity tag of what is sent: a gzipped body is another representation and gets a tag of its own. */
    String etag(boolean gzipped) {
        return gzipped ? "\"" + etag + "-gz\"" : "\"" + etag + "\"";
    }

    /**
     * Whether an {@code If-None-Match} value names this page in either coding: the weak comparison RFC 9110
     * prescribes for it, so {@code W/} prefixes and the coding suffix are ignored.
     */
    boolean matches(String ifNoneMatch) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + etag + "\"") || t.equals("\"" + etag + "-gz\"")) {
                return true;
            }
        }
        return false;
    }

    /** What the page costs in memory, for the cache's bound. */
    int weight() {
        return body.length + (gzip == null ? 0 : gzip.length) + 512;
    }

    private static boolean compressible(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("svg");
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
