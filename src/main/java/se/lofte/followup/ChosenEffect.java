package se.lofte.followup;

import java.util.Optional;

import se.lofte.situation.EffectEvaluation;

/**
 * A stored "did it work" choice as it reads now: the names of its places and its counts and figures, or no
 * evaluation when a place is no longer among the parties' places (deleted since).
 */
public record ChosenEffect(StoredEffect stored, String place, String control, Optional<EffectEvaluation> evaluation) {
}
