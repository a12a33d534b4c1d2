package se.lofte.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.analysis.Effect;
import se.lofte.analysis.Reading;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.SmallCountSuppression;
import se.lofte.situation.EffectEvaluation;
import se.lofte.situation.EffectFormat;

/**
 * "Did it work" on the measures the parties' analysts chose as evidence on a commitment: the incidents at the focus
 * place and in the control area before and during the measure, then the relative effect with its 95 % interval and
 * the plain reading of the weighted displacement difference. Counts from 1 to 4 are published as "fewer than 5";
 * when any of the four counts is below 5 no figure is given, since a figure would give the small count away and
 * could not tell an effect from chance anyway.
 */
@Component
@Order(50)
class EffectEvidence implements EvidenceSource {

    private final EffectChoices choices;
    private final ChosenEffects chosen;
    private final MessageSource messages;

    EffectEvidence(EffectChoices choices, ChosenEffects chosen, MessageSource messages) {
        this.choices = choices;
        this.chosen = chosen;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        PromiseContent content = request.latest().content();
        Set<String> commitments = content.commitments().stream().map(PromiseContent.Commitment::key)
                .collect(Collectors.toSet());
        // A commitment the promise no longer has has no row to show its evidence on.
        var stored = choices.of(request.latest().promiseId(), request.year(), request.kind()).stream()
                .filter(s -> commitments.contains(s.commitmentKey())).toList();
        List<Evidence> lines = new ArrayList<>();
        for (ChosenEffect effect : chosen.evaluated(content, stored)) {
            lines.addAll(lines(effect));
        }
        return lines;
    }

    private List<Evidence> lines(ChosenEffect chosenEffect) {
        String key = chosenEffect.stored().commitmentKey();
        var choice = chosenEffect.stored().choice();
        if (chosenEffect.evaluation().isEmpty()) {
            return List.of(EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.effect.gone",
                    locale -> new Object[] {Dates.day(choice.after().from(), locale),
                            Dates.day(choice.after().to(), locale)}));
        }
        EffectEvaluation e = chosenEffect.evaluation().get();
        Evidence counts = EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.effect.counts",
                locale -> new Object[] {chosenEffect.place(), Dates.day(choice.after().from(), locale),
                        Dates.day(choice.after().to(), locale), chosenEffect.control(),
                        choice.category() == null ? "" : messages.getMessage("followup.evidence.effect.category",
                                new Object[] {choice.category()}, locale),
                        Long.toString(choice.before().days()), count(e.target().before(), locale),
                        count(e.target().after(), locale), count(e.control().before(), locale),
                        count(e.control().after(), locale)});
        boolean enough = SmallCountSuppression.THRESHOLD <= Math.min(Math.min(e.target().before(), e.target().after()),
                Math.min(e.control().before(), e.control().after()));
        if (!enough) {
            return List.of(counts, EvidenceRequest.line(messages, ItemKind.COMMITMENT, key,
                    "followup.evidence.effect.few",
                    locale -> new Object[] {Integer.toString(SmallCountSuppression.THRESHOLD)}));
        }
        Effect effect = e.effect();
        Reading irr = reading(effect, Reading.Figure.IRR);
        Reading wdd = reading(effect, Reading.Figure.WDD);
        return List.of(counts, EvidenceRequest.line(messages, ItemKind.COMMITMENT, key,
                "followup.evidence.effect.figures",
                locale -> new Object[] {EffectFormat.value(effect, irr, messages, locale),
                        messages.getMessage(wdd.finding().key(), null, locale)}));
    }

    private String count(long n, Locale locale) {
        return PublicCounts.of(messages, n, locale);
    }

    private static Reading reading(Effect effect, Reading.Figure figure) {
        return effect.readings().stream().filter(r -> r.figure() == figure).findFirst().orElseThrow();
    }
}
