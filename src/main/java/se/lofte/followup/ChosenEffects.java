package se.lofte.followup;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import se.lofte.incidents.IncidentScope;
import se.lofte.promises.PromiseContent;
import se.lofte.situation.EffectPlaces;
import se.lofte.situation.Effects;
import se.lofte.situation.PlaceChoice;
import se.lofte.situation.PlaceOption;

/**
 * The "did it work" choices of a follow-up counted in the parties' lägesbild ({@link PartiesScope}): the places the
 * parties' staff may choose from, and the counts and figures of stored choices, the same on the staff page as in the
 * evidence residents read.
 */
@Component
class ChosenEffects {

    private final Effects effects;
    private final PartiesScope parties;

    ChosenEffects(Effects effects, PartiesScope parties) {
        this.effects = effects;
        this.parties = parties;
    }

    EffectPlaces offer(PromiseContent content) {
        return effects.places(parties.of(content));
    }

    /** Each choice with its places' names and figures; a place the parties no longer have is not counted. */
    List<ChosenEffect> evaluated(PromiseContent content, List<StoredEffect> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        IncidentScope scope = parties.of(content);
        EffectPlaces places = effects.places(scope);
        return stored.stream().map(s -> {
            Optional<String> place = name(places, s.choice().target());
            Optional<String> control = name(places, s.choice().control());
            return new ChosenEffect(s, place.orElse(""), control.orElse(""),
                    place.isPresent() && control.isPresent()
                            ? Optional.of(effects.evaluate(s.choice(), scope)) : Optional.empty());
        }).toList();
    }

    private static Optional<String> name(EffectPlaces places, PlaceChoice choice) {
        return Stream.concat(places.focusPlaces().stream(), places.areas().stream())
                .filter(o -> o.choice().equals(choice)).map(PlaceOption::name).findFirst();
    }
}
