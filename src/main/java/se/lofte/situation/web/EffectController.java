package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.IncidentScope;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.EffectChoice;
import se.lofte.situation.EffectEvaluation;
import se.lofte.situation.EffectPlaces;
import se.lofte.situation.Effects;
import se.lofte.situation.SituationAccess;

/**
 * "Did it work": a GET form (its address holds the choice, so it can be bookmarked and sent on) for a focus
 * place, a period, a buffer and a control area, and for a valid choice the counts and the effect figures with
 * their plain readings. Shows what the trends page shows the member ({@link SituationAccess#viewOf}), and
 * offers only the places in it.
 */
@Controller
class EffectController {

    private final Effects effects;
    private final SituationAccess access;

    EffectController(Effects effects, SituationAccess access) {
        this.effects = effects;
        this.access = access;
    }

    @GetMapping("/manage/situation/effect")
    String effect(@RequestParam(required = false) String place, @RequestParam(required = false) String control,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String buffer, @RequestParam(required = false) String category,
                  @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        IncidentScope scope = access.viewOf(member).incidents();
        EffectPlaces places = effects.places(scope);
        var form = new EffectForm(place, control, from, to,
                buffer == null ? Integer.toString(EffectChoice.DEFAULT_BUFFER_METRES) : buffer, category);
        // An address without any choice is the empty form, not a list of everything missing.
        if (place == null && control == null && from == null && to == null) {
            model.addAttribute("page", new EffectPage(form, FieldErrors.none(), places, Optional.empty()));
            return "situation/effect";
        }
        EffectChoice.Parsed parsed = EffectChoice.parse(place, control, from, to, buffer, category);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.choice() != null) {
            problems.addAll(effects.refusals(parsed.choice(), places));
        }
        Optional<EffectEvaluation> evaluation = problems.isEmpty()
                ? Optional.of(effects.evaluate(parsed.choice(), scope))
                : Optional.empty();
        model.addAttribute("page", new EffectPage(form, FieldErrors.of(problems, ui), places, evaluation));
        return "situation/effect";
    }
}
