package se.lofte.accounts;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What belongs to many accounts or tokens at once (their memberships, their scopes), read with one query for all
 * of them rather than one per owner, and grouped by the owner's id.
 */
final class OwnedRows {

    private OwnedRows() {
    }

    /**
     * The values per owner. {@code sql} selects the owner's id first and names the owners {@code :ids}; a row the
     * reader gives no value for belongs to no one. An owner without rows is not in the map.
     */
    static <V> Map<Long, Set<V>> byOwner(JdbcClient jdbc, String sql, List<Long> owners, RowMapper<Optional<V>> value) {
        Map<Long, Set<V>> values = new HashMap<>();
        if (owners.isEmpty()) {
            return values;
        }
        jdbc.sql(sql).param("ids", owners).query((ResultSet rs) -> {
            long owner = rs.getLong(1);
            value.mapRow(rs, rs.getRow()).ifPresent(v -> values.computeIfAbsent(owner, key -> new HashSet<>()).add(v));
        });
        return values;
    }
}
