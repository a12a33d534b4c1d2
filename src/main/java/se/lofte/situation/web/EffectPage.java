package se.lofte.situation.web;

import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.situation.EffectEvaluation;
import se.lofte.situation.EffectPlaces;

/** The "did it work" page: the form with its problems and choices, and the evaluation for a valid choice. */
public record EffectPage(EffectForm form, FieldErrors errors, EffectPlaces places,
                         Optional<EffectEvaluation> evaluation) {
}
