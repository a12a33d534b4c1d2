package se.lofte.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** Stores meetings with their participant counts, commitments and photos. */
@Repository
class Meetings {

    private static final String COLUMNS = "id, municipality_id, uid, sequence, title, meeting_form, starts_at, ends_at,"
            + " place, area_id, organiser_ids, organisers_text, topics, summary, cancelled, created_at, created_by,"
            + " updated_at, updated_by";
    /** Soonest first; the id breaks ties so that the order never changes between reads. */
    private static final String IN_TIME_ORDER = " order by starts_at, id";

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new meeting with a calendar uid of its own, at sequence 0. */
    MeetingId insert(OrganisationId municipality, MeetingRow m, OffsetDateTime at, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into dialogue_meeting (municipality_id, uid, sequence, title, meeting_form, starts_at, ends_at,"
                        + " place, area_id, organiser_ids, organisers_text, topics, summary, cancelled, created_at,"
                        + " created_by, updated_at, updated_by) values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(municipality.value(), UUID.randomUUID() + "@dialog.lofte", m.title(), m.form().code(),
                        m.startsAt(), m.endsAt(), m.place(), m.areaId(), ids(m.organisers()), m.organisersText(),
                        String.join("\n", m.topics()), m.summary(), m.cancelled(), at, by, at, by)
                .update(keys, "id");
        var id = new MeetingId(keys.getKeyAs(Number.class).longValue());
        writeChildren(id, m);
        return id;
    }

    /** Changes the meeting and raises its sequence, so that calendars replace the copy they hold. */
    void update(MeetingId id, MeetingRow m, OffsetDateTime at, String by) {
        jdbc.sql("update dialogue_meeting set sequence = sequence + 1, title = ?, meeting_form = ?, starts_at = ?,"
                        + " ends_at = ?, place = ?, area_id = ?, organiser_ids = ?, organisers_text = ?, topics = ?,"
                        + " summary = ?, cancelled = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(m.title(), m.form().code(), m.startsAt(), m.endsAt(), m.place(), m.areaId(),
                        ids(m.organisers()), m.organisersText(), String.join("\n", m.topics()), m.summary(),
                        m.cancelled(), at, by, id.value())
                .update();
        jdbc.sql("delete from dialogue_meeting_participants where meeting_id = ?").param(id.value()).update();
        jdbc.sql("delete from dialogue_meeting_commitment where meeting_id = ?").param(id.value()).update();
        writeChildren(id, m);
    }

    /** Removes the meeting with its counts, commitments and photos. */
    void delete(MeetingId id) {
        jdbc.sql("delete from dialogue_meeting where id = ?").param(id.value()).update();
    }

    Optional<Meeting> find(MeetingId id) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from dialogue_meeting where id = ?").param(id.value())
                .query((rs, row) -> map(rs)).list()).stream().findFirst();
    }

    List<Meeting> ofMunicipality(OrganisationId municipality) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from dialogue_meeting where municipality_id = ?"
                + IN_TIME_ORDER).param(municipality.value()).query((rs, row) -> map(rs)).list());
    }

    /** The meetings that led to at least one commitment of the promise. */
    List<Meeting> withCommitmentsOf(PromiseId promise) {
        return withChildren(jdbc.sql("select " + COLUMNS + " from dialogue_meeting where id in (select meeting_id from"
                        + " dialogue_meeting_commitment where promise_id = ?)" + IN_TIME_ORDER)
                .param(promise.value()).query((rs, row) -> map(rs)).list());
    }

    void addPhoto(MeetingId meeting, int position, String sha256, String contentType, byte[] data, String alt) {
        jdbc.sql("insert into dialogue_meeting_photo (meeting_id, position, sha256, content_type, data, alt)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(meeting.value(), position, sha256, contentType, data, alt).update();
    }

    void updatePhoto(long photo, int position, String alt) {
        jdbc.sql("update dialogue_meeting_photo set position = ?, alt = ? where id = ?").params(position, alt, photo)
                .update();
    }

    void removePhoto(long photo) {
        jdbc.sql("delete from dialogue_meeting_photo where id = ?").param(photo).update();
    }

    /** A photo's bytes by its SHA-256; the same photo kept with two meetings is the same bytes. */
    Optional<PhotoFile> photo(String sha256) {
        return jdbc.sql("select content_type, data from dialogue_meeting_photo where sha256 = ? order by id")
                .param(sha256).query((rs, row) -> new PhotoFile(rs.getString(1), rs.getBytes(2))).list().stream()
                .findFirst();
    }

    private void writeChildren(MeetingId id, MeetingRow m) {
        for (var count : m.participants().entrySet()) {
            if (count.getValue() > 0) {
                jdbc.sql("insert into dialogue_meeting_participants (meeting_id, participant_group, participants)"
                                + " values (?, ?, ?)")
                        .params(id.value(), count.getKey().code(), count.getValue()).update();
            }
        }
        for (CommitmentRef c : m.commitments().stream().distinct().toList()) {
            jdbc.sql("insert into dialogue_meeting_commitment (meeting_id, promise_id, commitment_key) values (?, ?, ?)")
                    .params(id.value(), c.promise().value(), c.key()).update();
        }
    }

    /** Reads the children of all the meetings in three queries, whatever their number. */
    private List<Meeting> withChildren(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        List<Long> ids = meetings.stream().map(m -> m.id().value()).toList();
        String in = ids.stream().map(i -> "?").collect(Collectors.joining(", ", "(", ")"));
        Map<Long, Map<ParticipantGroup, Integer>> participants = new HashMap<>();
        jdbc.sql("select meeting_id, participant_group, participants from dialogue_meeting_participants where meeting_id in "
                + in).params(ids).query((ResultSet rs) -> {
                    long meeting = rs.getLong(1);
                    int count = rs.getInt(3);
                    ParticipantGroup.of(rs.getString(2)).ifPresent(g -> participants
                            .computeIfAbsent(meeting, k -> new EnumMap<>(ParticipantGroup.class)).put(g, count));
                });
        Map<Long, List<CommitmentRef>> commitments = new HashMap<>();
        jdbc.sql("select meeting_id, promise_id, commitment_key from dialogue_meeting_commitment where meeting_id in "
                        + in + " order by promise_id, commitment_key").params(ids)
                .query((ResultSet rs) -> {
                    commitments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CommitmentRef(new PromiseId(rs.getLong(2)), rs.getString(3)));
                });
        Map<Long, List<MeetingPhoto>> photos = new HashMap<>();
        jdbc.sql("select meeting_id, id, sha256, content_type, alt from dialogue_meeting_photo where meeting_id in "
                        + in + " order by position, id").params(ids)
                .query((ResultSet rs) -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MeetingPhoto(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return meetings.stream().map(m -> new Meeting(m.id(), m.municipality(), m.uid(), m.sequence(), m.title(),
                m.form(), m.startsAt(), m.endsAt(), m.place(), m.areaId(), m.areaName(), m.organisers(),
                m.organisersText(), participants.getOrDefault(m.id().value(), Map.of()), m.topics(), m.summary(),
                m.cancelled(), commitments.getOrDefault(m.id().value(), List.of()),
                photos.getOrDefault(m.id().value(), List.of()), m.createdAt(), m.createdBy(), m.updatedAt(),
                m.updatedBy())).toList();
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        long area = rs.getLong("area_id");
        Long areaId = rs.wasNull() ? null : area;
        String topics = rs.getString("topics");
        return new Meeting(new MeetingId(rs.getLong("id")), new OrganisationId(rs.getLong("municipality_id")),
                rs.getString("uid"), rs.getInt("sequence"), rs.getString("title"),
                MeetingForm.of(rs.getString("meeting_form")).orElse(MeetingForm.MOTE),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("place"), areaId, null, organisers(rs.getString("organiser_ids")),
                rs.getString("organisers_text"), Map.of(),
                topics.isEmpty() ? List.of() : List.of(topics.split("\n")), rs.getString("summary"),
                rs.getBoolean("cancelled"), List.of(), List.of(), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"));
    }

    private static String ids(Collection<OrganisationId> organisers) {
        return organisers.stream().map(o -> Long.toString(o.value())).collect(Collectors.joining("\n"));
    }

    private static List<OrganisationId> organisers(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split("\n")).map(s -> new OrganisationId(Long.parseLong(s)))
                .toList();
    }
}
