package se.lofte.measures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** Stores measures with their commitments, outputs and attachments. */
@Repository
class Measures {

    private static final String COLUMNS = "id, promise_id, kind_code, responsible_id, start_date, end_date, place_type,"
            + " place_id, latitude, longitude, description, public_from, area_only, public_since, logged_at, logged_by,"
            + " updated_at, updated_by";
    /** Newest first by when it was done; the id breaks ties so the order never changes between reads. */
    private static final String NEWEST_FIRST = " order by end_date desc, start_date desc, id desc";

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MeasureId insert(StoredMeasure m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into measure (promise_id, kind_code, responsible_id, start_date, end_date, place_type, place_id,"
                        + " latitude, longitude, description, public_from, area_only, public_since, logged_at, logged_by,"
                        + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.promise().value(), m.kindCode(), m.responsible().value(), m.start(), m.end(),
                        m.place().type(), placeId(m.place()), latitude(m.place()), longitude(m.place()),
                        m.description(), m.publicFrom(), m.areaOnly(), m.publicSince(), m.loggedAt(), m.loggedBy(),
                        m.updatedAt(), m.updatedBy())
                .update(keys, "id");
        var id = new MeasureId(keys.getKeyAs(Number.class).longValue());
        writeChildren(id, m);
        return id;
    }

    void update(StoredMeasure m) {
        jdbc.sql("update measure set kind_code = ?, responsible_id = ?, start_date = ?, end_date = ?, place_type = ?,"
                        + " place_id = ?, latitude = ?, longitude = ?, description = ?, public_from = ?, area_only = ?,"
                        + " public_since = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(m.kindCode(), m.responsible().value(), m.start(), m.end(), m.place().type(), placeId(m.place()),
                        latitude(m.place()), longitude(m.place()), m.description(), m.publicFrom(), m.areaOnly(),
                        m.publicSince(), m.updatedAt(), m.updatedBy(), m.id().value())
                .update();
        jdbc.sql("delete from measure_commitment where measure_id = ?").param(m.id().value()).update();
        jdbc.sql("delete from measure_output where measure_id = ?").param(m.id().value()).update();
        writeChildren(m.id(), m);
    }

    /** Removes the measure with its commitments, outputs and attachments. */
    void delete(MeasureId id) {
        jdbc.sql("delete from measure where id = ?").param(id.value()).update();
    }

    Optional<StoredMeasure> find(MeasureId id) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from measure where id = ?").param(id.value())
                .query((rs, row) -> map(rs)).list()).stream().findFirst();
    }

    List<StoredMeasure> ofPromise(PromiseId promise) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from measure where promise_id = ?" + NEWEST_FIRST)
                .param(promise.value()).query((rs, row) -> map(rs)).list());
    }

    /** The measures of the promise that are public at {@code now} and lie within its period. */
    List<StoredMeasure> publicOf(PromiseId promise, OffsetDateTime now, PromisePeriod period) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from measure where promise_id = ? and public_since <= ?"
                        + " and start_date >= ? and end_date <= ?" + NEWEST_FIRST)
                .params(promise.value(), now, period.first(), period.last()).query((rs, row) -> map(rs)).list());
    }

    /** How many measures of the promise within its period are not public at {@code now}. */
    int heldBack(PromiseId promise, OffsetDateTime now, PromisePeriod period) {
        return jdbc.sql("select count(*) from measure where promise_id = ? and public_since > ?"
                        + " and start_date >= ? and end_date <= ?")
                .params(promise.value(), now, period.first(), period.last()).query(Long.class).single().intValue();
    }

    /** The newest public measures of the promises, newest public_since first. */
    /** The newest measures public at {@code now} of these promises ({@code null}: of every promise). */
    List<StoredMeasure> latestPublic(Collection<PromiseId> promises, OffsetDateTime now, int limit) {
        if (promises != null && promises.isEmpty() || limit <= 0) {
            return List.of();
        }
        var query = jdbc.sql("select " + COLUMNS + " from measure where public_since <= :now"
                        + (promises == null ? "" : " and promise_id in (:promises)")
                        + " order by public_since desc, id desc limit :limit")
                .param("now", now).param("limit", limit);
        if (promises != null) {
            query = query.param("promises", promises.stream().map(PromiseId::value).toList());
        }
        return withChildren(query.query((rs, row) -> map(rs)).list());
    }

    /**
     * Sums per last day of the outputs in this unit (as {@link OutputUnit} compares units) of the promise's
     * measures, of one kind or of any ({@code kindCode} null), that lie wholly on days {@code from}..{@code to}: a
     * measure that began before {@code from} is not counted, as it is not shown.
     */
    List<OutputTotal> outputTotals(PromiseId promise, String kindCode, String unit, LocalDate from, LocalDate to) {
        String wanted = OutputUnit.key(unit);
        Map<LocalDate, BigDecimal> sums = new TreeMap<>();
        for (DatedOutput output : outputsWithin(promise, kindCode, from, to)) {
            if (OutputUnit.key(output.unit()).equals(wanted)) {
                sums.merge(output.day(), output.quantity(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream().map(e -> new OutputTotal(e.getKey(), quantity(e.getValue()))).toList();
    }

    /**
     * The units of the outputs that {@link #outputTotals} reads, each with how many measures have an output in
     * it, most used first; a unit is written as most of those measures write it.
     */
    List<OutputUnit> outputUnits(PromiseId promise, String kindCode, LocalDate from, LocalDate to) {
        Map<String, Set<Long>> measuresByKey = new HashMap<>();
        Map<String, Map<String, Integer>> spellingsByKey = new HashMap<>();
        for (DatedOutput output : outputsWithin(promise, kindCode, from, to)) {
            String key = OutputUnit.key(output.unit());
            if (measuresByKey.computeIfAbsent(key, k -> new HashSet<>()).add(output.measure())) {
                spellingsByKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(output.unit().strip(), 1, Integer::sum);
            }
        }
        return measuresByKey.entrySet().stream()
                .map(e -> new OutputUnit(mostWritten(spellingsByKey.get(e.getKey())), e.getValue().size()))
                .sorted(Comparator.comparingInt(OutputUnit::measures).reversed()
                        .thenComparing(u -> OutputUnit.key(u.unit())))
                .toList();
    }

    /**
     * The spelling that most measures use; of equally used ones the plain one (lower case, single spaces), which
     * reads best within a sentence ("Antalet patrulleringar i de insatser …"), else the first in order.
     */
    private static String mostWritten(Map<String, Integer> spellings) {
        Comparator<Map.Entry<String, Integer>> byUse = Map.Entry.comparingByValue();
        return spellings.entrySet().stream().max(byUse
                .thenComparing(e -> e.getKey().equals(OutputUnit.key(e.getKey())))
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** One output of a measure with the measure and its last day. */
    private record DatedOutput(long measure, LocalDate day, String unit, BigDecimal quantity) {
    }

    /**
     * Units are compared in Java, not in SQL: one rule ({@link OutputUnit}) for counting and for listing, and
     * the same on every database, whose {@code lower} may leave å, ä and ö as they are.
     */
    private List<DatedOutput> outputsWithin(PromiseId promise, String kindCode, LocalDate from, LocalDate to) {
        String kind = kindCode == null ? "" : " and m.kind_code = :kind";
        var sql = jdbc.sql("select m.id, m.end_date, o.unit, o.quantity from measure m"
                        + " join measure_output o on o.measure_id = m.id"
                        + " where m.promise_id = :promise and m.start_date >= :from and m.end_date <= :to" + kind)
                .param("promise", promise.value()).param("from", from).param("to", to);
        if (kindCode != null) {
            sql = sql.param("kind", kindCode);
        }
        return sql.query((rs, row) -> new DatedOutput(rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getString(3), rs.getBigDecimal(4))).list();
    }

    long addAttachment(MeasureId measure, MeasureInput.NewAttachment file, OffsetDateTime at, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into measure_attachment (measure_id, file_name, content_type, size_bytes, data, added_at,"
                        + " added_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(measure.value(), file.fileName(), file.contentType(), file.data().length, file.data(), at, by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Attachment> attachments(MeasureId measure) {
        return jdbc.sql("select id, measure_id, file_name, content_type, size_bytes from measure_attachment"
                        + " where measure_id = ? order by id")
                .param(measure.value()).query((rs, row) -> attachment(rs)).list();
    }

    Optional<AttachmentFile> attachmentFile(long id) {
        return jdbc.sql("select id, measure_id, file_name, content_type, size_bytes, data from measure_attachment"
                        + " where id = ?")
                .param(id).query((rs, row) -> new AttachmentFile(attachment(rs), rs.getBytes("data"))).optional();
    }

    void removeAttachment(MeasureId measure, long id) {
        jdbc.sql("delete from measure_attachment where id = ? and measure_id = ?").params(id, measure.value()).update();
    }

    private void writeChildren(MeasureId id, StoredMeasure m) {
        for (String key : m.commitmentKeys()) {
            jdbc.sql("insert into measure_commitment (measure_id, commitment_key) values (?, ?)")
                    .params(id.value(), key).update();
        }
        int position = 0;
        for (Output output : m.outputs()) {
            jdbc.sql("insert into measure_output (measure_id, position, quantity, unit) values (?, ?, ?, ?)")
                    .params(id.value(), position++, output.quantity(), output.unit()).update();
        }
    }

    /** Reads the commitments and outputs of all the measures in two queries, not two per measure. */
    private List<StoredMeasure> withChildren(List<StoredMeasure> measures) {
        if (measures.isEmpty()) {
            return measures;
        }
        List<Long> ids = measures.stream().map(m -> m.id().value()).toList();
        Map<Long, List<String>> keys = new HashMap<>();
        jdbc.sql("select measure_id, commitment_key from measure_commitment where measure_id in (:ids)"
                        + " order by measure_id, commitment_key")
                .param("ids", ids)
                .query(rs -> {
                    keys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Output>> outputs = new HashMap<>();
        jdbc.sql("select measure_id, quantity, unit from measure_output where measure_id in (:ids)"
                        + " order by measure_id, position")
                .param("ids", ids)
                .query(rs -> {
                    outputs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Output(quantity(rs.getBigDecimal(2)), rs.getString(3)));
                });
        return measures.stream().map(m -> new StoredMeasure(m.id(), m.promise(),
                keys.getOrDefault(m.id().value(), List.of()), m.kindCode(), m.responsible(), m.start(), m.end(),
                m.place(), outputs.getOrDefault(m.id().value(), List.of()), m.description(), m.publicFrom(),
                m.areaOnly(), m.publicSince(), m.loggedAt(), m.loggedBy(), m.updatedAt(), m.updatedBy())).toList();
    }

    /** "20", not "20.000" nor "2E+1": the column keeps three decimals, people wrote none. */
    private static BigDecimal quantity(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static StoredMeasure map(ResultSet rs) throws SQLException {
        return new StoredMeasure(new MeasureId(rs.getLong("id")), new PromiseId(rs.getLong("promise_id")), List.of(),
                rs.getString("kind_code"), new OrganisationId(rs.getLong("responsible_id")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), place(rs),
                List.of(), rs.getString("description"), rs.getObject("public_from", LocalDate.class),
                rs.getBoolean("area_only"), rs.getObject("public_since", OffsetDateTime.class),
                rs.getObject("logged_at", OffsetDateTime.class), rs.getString("logged_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    private static MeasurePlace place(ResultSet rs) throws SQLException {
        long id = rs.getLong("place_id");
        return switch (rs.getString("place_type")) {
            case "FOCUS_PLACE" -> new MeasurePlace.AtFocusPlace(id);
            case "AREA" -> new MeasurePlace.InArea(id);
            case "SEGMENT" -> new MeasurePlace.OnSegment(id);
            case "POINT" -> new MeasurePlace.AtPoint(rs.getDouble("latitude"), rs.getDouble("longitude"));
            default -> MeasurePlace.nowhere();
        };
    }

    private static Long placeId(MeasurePlace place) {
        return switch (place) {
            case MeasurePlace.AtFocusPlace p -> p.id();
            case MeasurePlace.InArea p -> p.id();
            case MeasurePlace.OnSegment p -> p.id();
            case MeasurePlace.AtPoint p -> null;
            case MeasurePlace.Nowhere p -> null;
        };
    }

    private static Double latitude(MeasurePlace place) {
        return place instanceof MeasurePlace.AtPoint p ? p.latitude() : null;
    }

    private static Double longitude(MeasurePlace place) {
        return place instanceof MeasurePlace.AtPoint p ? p.longitude() : null;
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), new MeasureId(rs.getLong("measure_id")), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"));
    }
}
