package se.lofte.publishing.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.lofte.shared.Sha256;

/**
 * A ZIP written entry by entry to a stream (nothing of it is held whole), which takes each entry's SHA-256 as it
 * is written and ends with a manifest of them in the form {@code sha256sum -c} reads: a line per file, its hash in
 * lowercase hex, two spaces and its path.
 */
public final class HashedZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private boolean open;

    public HashedZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /**
     * Starts the entry {@code path}; the caller writes it to the stream returned and closes that stream, which
     * ends the entry (not the ZIP). One entry at a time.
     */
    public OutputStream entry(String path) throws IOException {
        if (open) {
            throw new IllegalStateException("The entry before " + path + " is still being written");
        }
        if (hashes.containsKey(path)) {
            throw new IllegalArgumentException("The archive holds " + path + " already");
        }
        zip.putNextEntry(new ZipEntry(path));
        open = true;
        MessageDigest digest = Sha256.digest();
        return new FilterOutputStream(new DigestOutputStream(zip, digest)) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                flush();
                zip.closeEntry();
                hashes.put(path, HexFormat.of().formatHex(digest.digest()));
                open = false;
            }
        };
    }

    /** Writes a whole entry at once. */
    public void entry(String path, byte[] bytes) throws IOException {
        try (OutputStream out = entry(path)) {
            out.write(bytes);
        }
    }

    /** Writes the manifest of every entry before it as the entry {@code path} and ends the ZIP. */
    public void finish(String path) throws IOException {
        StringBuilder manifest = new StringBuilder();
        hashes.forEach((file, hash) -> manifest.append(hash).append("  ").append(file).append('\n'));
        zip.putNextEntry(new ZipEntry(path));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
