package se.lofte.followup;

import java.time.OffsetDateTime;

import se.lofte.situation.EffectChoice;

/**
 * An analyst's "did it work" choice kept as evidence on a commitment of a follow-up: a finished measure's focus
 * place and days against a control area, with the buffer and category the effect page would take.
 */
public record StoredEffect(FollowUpEffectId id, String commitmentKey, EffectChoice choice, String createdBy,
                           OffsetDateTime createdAt) {
}
