package se.lofte.promises;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.shared.Sha256;

/** Promise pictures, content-addressed so that a published revision's picture cannot change. */
@Repository
class Images {

    private final JdbcClient jdbc;

    Images(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String store(byte[] data, String contentType) {
        String sha = Sha256.hex(data);
        boolean known = jdbc.sql("select count(*) from promise_image where sha256 = ?").param(sha)
                .query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("insert into promise_image (sha256, content_type, data, created_at) values (?, ?, ?, ?)")
                    .params(sha, contentType, data, OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        return sha;
    }

    Optional<StoredImage> find(String sha) {
        return jdbc.sql("select sha256, content_type, data from promise_image where sha256 = ?").param(sha)
                .query((rs, row) -> new StoredImage(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }
}
