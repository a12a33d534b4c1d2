package se.lofte.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.promises.PromiseId;
import se.lofte.situation.EffectChoice;
import se.lofte.situation.Period;
import se.lofte.situation.PlaceChoice;
import se.lofte.situation.PlaceKind;

/** Stores the "did it work" choices kept as evidence on follow-ups, in the order they were added. */
@Repository
class EffectChoices {

    private static final String COLUMNS = "e.id, e.commitment_key, e.focus_place_id, e.control_place, e.after_from,"
            + " e.after_to, e.buffer_metres, e.category, e.created_by, e.created_at";

    private final JdbcClient jdbc;

    EffectChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEffect> of(FollowUpId followUp) {
        return jdbc.sql("select " + COLUMNS + " from follow_up_effect e where e.follow_up_id = ? order by e.id")
                .param(followUp.value()).query(EffectChoices::row).list();
    }

    /** Those of the promise's follow-up of the year and kind (one at most: see {@code follow_up_once}). */
    List<StoredEffect> of(PromiseId promise, int year, FollowUpKind kind) {
        return jdbc.sql("select " + COLUMNS + " from follow_up_effect e join follow_up f on f.id = e.follow_up_id"
                        + " where f.promise_id = ? and f.follow_up_year = ? and f.kind = ? order by e.id")
                .params(promise.value(), year, kind.name()).query(EffectChoices::row).list();
    }

    FollowUpEffectId insert(FollowUpId followUp, String commitmentKey, EffectChoice choice, String by,
                            OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into follow_up_effect (follow_up_id, commitment_key, focus_place_id, control_place,"
                        + " before_from, before_to, after_from, after_to, buffer_metres, category, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(followUp.value(), commitmentKey, Long.parseLong(choice.target().key()),
                        choice.control().token(), choice.before().from(), choice.before().to(),
                        choice.after().from(), choice.after().to(), choice.bufferMetres(), choice.category(), by, at)
                .update(keys, "id");
        return new FollowUpEffectId(keys.getKeyAs(Number.class).longValue());
    }

    boolean delete(FollowUpId followUp, FollowUpEffectId effect) {
        return jdbc.sql("delete from follow_up_effect where id = ? and follow_up_id = ?")
                .params(effect.value(), followUp.value()).update() == 1;
    }

    /** The stored days are the measure's; the days before follow from them by {@link EffectChoice#before()}. */
    private static StoredEffect row(ResultSet rs, int row) throws SQLException {
        var choice = new EffectChoice(new PlaceChoice(PlaceKind.FOCUS_PLACE, Long.toString(rs.getLong("focus_place_id"))),
                PlaceChoice.parse(rs.getString("control_place")).orElseThrow(),
                new Period(rs.getObject("after_from", LocalDate.class), rs.getObject("after_to", LocalDate.class)),
                rs.getInt("buffer_metres"), rs.getString("category"));
        return new StoredEffect(new FollowUpEffectId(rs.getLong("id")), rs.getString("commitment_key"), choice,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
