package se.lofte.incidents.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationId;

/**
 * CSV files uploaded but not yet imported, while their uploader maps the columns (the second step of the
 * upload). Kept as temporary files for an hour under an unguessable token that only the uploader can use.
 * They live in this process: with several app nodes, the mapping step needs the node that took the upload
 * (sticky sessions), see docs/import-jobs.md.
 */
@Component
class PendingUploads implements DisposableBean {

    record Pending(String token, Path file, OrganisationId organisation, String fileName, String source,
                   String username, Instant at) {
    }

    private static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    Pending add(Path file, OrganisationId organisation, String fileName, String source, String username) {
        expire();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        var upload = new Pending(token, file, organisation, fileName, source, username, Instant.now());
        pending.put(token, upload);
        return upload;
    }

    Optional<Pending> find(String token, String username) {
        expire();
        return Optional.ofNullable(token == null ? null : pending.get(token))
                .filter(p -> p.username().equals(username));
    }

    /** Hands the file over to an import job, which deletes it when it ends. */
    void take(Pending upload) {
        pending.remove(upload.token());
    }

    private void expire() {
        Instant limit = Instant.now().minus(KEPT);
        pending.values().removeIf(p -> {
            if (p.at().isBefore(limit)) {
                delete(p.file());
                return true;
            }
            return false;
        });
    }

    @Override
    public void destroy() {
        pending.values().forEach(p -> delete(p.file()));
        pending.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file the system cleans up in the end.
        }
    }
}
