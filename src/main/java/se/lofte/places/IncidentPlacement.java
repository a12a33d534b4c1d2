package se.lofte.places;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts incidents already stored into the areas and street segments as they are now, after places changed.
 * Incidents with a position (precision POINT or SEGMENT) inside the changed box are looked up again in the
 * {@link PlaceIndex}, which must have been refreshed first; incidents known only by their municipality
 * (precision AREA) get that municipality's area. Work goes in batches by id, so that a box holding a
 * million incidents never holds more than one batch in memory, and only rows whose place changed are written.
 */
@Component
public class IncidentPlacement {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final PlaceIndex index;

    IncidentPlacement(JdbcClient jdbc, JdbcTemplate batches, PlaceIndex index) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.index = index;
    }

    private record Row(long id, double latitude, double longitude, Long areaId, Long segmentId) {
    }

    /** Re-places the incidents with a position inside the box; returns how many changed area or segment. */
    public int replaceWithin(Envelope box) {
        if (box.isNull()) {
            return 0;
        }
        int changed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> rows = jdbc.sql("select id, latitude, longitude, area_id, segment_id from incident"
                            + " where place_precision in ('POINT', 'SEGMENT') and latitude between ? and ?"
                            + " and longitude between ? and ? and id > ? order by id fetch first " + BATCH + " rows only")
                    .params(box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX(), after)
                    .query((rs, row) -> new Row(rs.getLong("id"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                            rs.getObject("area_id", Long.class), rs.getObject("segment_id", Long.class)))
                    .list();
            if (rows.isEmpty()) {
                return changed;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Row row : rows) {
                PlaceIndex.Placement placement = index.place(row.latitude(), row.longitude());
                if (!Objects.equals(placement.areaId(), row.areaId())
                        || !Objects.equals(placement.segmentId(), row.segmentId())) {
                    updates.add(new Object[]{id(placement.areaId()), id(placement.segmentId()), row.id()});
                }
            }
            if (!updates.isEmpty()) {
                batches.batchUpdate("update incident set area_id = ?, segment_id = ? where id = ?", updates);
            }
            changed += updates.size();
            after = rows.getLast().id();
        }
    }

    /**
     * Gives the incidents known only by this municipality (precision AREA) the municipality's area: the first
     * stored area of kind MUNICIPALITY with its SCB code, or none when there is none left. Returns how many
     * changed.
     */
    public int assignMunicipalityArea(String scbCode) {
        Long areaId = jdbc.sql("select min(id) from area where kind = 'MUNICIPALITY' and municipality_code = ?")
                .param(scbCode).query(Long.class).list().stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (areaId == null) {
            return jdbc.sql("update incident set area_id = null where place_precision = 'AREA'"
                    + " and municipality_code = ? and area_id is not null").param(scbCode).update();
        }
        return jdbc.sql("update incident set area_id = ? where place_precision = 'AREA' and municipality_code = ?"
                        + " and (area_id is null or area_id <> ?)")
                .params(areaId, scbCode, areaId).update();
    }

    private static SqlParameterValue id(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }
}
