package se.lofte.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lofte.followup.ChosenEffect;
import se.lofte.followup.EvidenceByItem;
import se.lofte.followup.FollowUpView;
import se.lofte.followup.ItemKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.Signature;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.situation.EffectChoice;
import se.lofte.situation.EffectPlaces;

/**
 * The staff page of one follow-up: its rows with what was typed and the evidence beside each, the signatures, and
 * what the signed-in person may do (assess as an editor, sign for the parties they are a signatory of).
 */
public record FollowUpPage(FollowUpView followUp, FollowUpForm form, FieldErrors errors, EvidenceByItem evidence,
                           boolean editor, List<PromiseContent.Party> signsFor, String publicUrl,
                           Map<String, String> names, String publisherName, Optional<String> notice,
                           Optional<Problem> refusal, List<EffectLink> effects, List<ChosenEffect> chosen,
                           EffectPlaces places, Optional<EffectTyped> typed) {

    public FollowUpPage {
        effects = List.copyOf(effects);
        chosen = List.copyOf(chosen);
    }

    /**
     * A finished measure at a focus place offered under one commitment, numbered on the page: its fields to keep a
     * "did it work" choice as evidence are {@code effects[<number>].…} in the verdicts' form, and its button sends
     * {@code offer=<number>}.
     */
    public record Offer(int number, String commitmentKey, EffectLink link) {

        public String field(String name) {
            return "effects[" + number + "]." + name;
        }
    }

    /** Every finished measure under every commitment of the follow-up, numbered in that order. */
    public List<Offer> offers() {
        return offers(followUp, effects);
    }

    static List<Offer> offers(FollowUpView followUp, List<EffectLink> effects) {
        List<Offer> offers = new ArrayList<>();
        for (var row : followUp.rows()) {
            if (row.kind() == ItemKind.COMMITMENT) {
                for (var link : effects) {
                    if (link.commitmentKeys().contains(row.key())) {
                        offers.add(new Offer(offers.size(), row.key(), link));
                    }
                }
            }
        }
        return offers;
    }

    /** The finished measures at a focus place under this commitment (none for goals). */
    public List<Offer> offersOf(ItemKind kind, String key) {
        return kind == ItemKind.COMMITMENT ? offers().stream().filter(o -> o.commitmentKey().equals(key)).toList()
                : List.of();
    }

    /** The "did it work" choices kept as evidence on this commitment. */
    public List<ChosenEffect> chosenOf(ItemKind kind, String key) {
        return kind == ItemKind.COMMITMENT ? chosen.stream().filter(c -> c.stored().commitmentKey().equals(key))
                .toList() : List.of();
    }

    /** What the offer's form shows: as typed when it was refused, else nothing chosen and the default buffer. */
    public EffectTyped typed(Offer offer) {
        return typed.filter(t -> t.offer() == offer.number())
                .orElse(new EffectTyped(offer.number(), "", Integer.toString(EffectChoice.DEFAULT_BUFFER_METRES), ""));
    }

    /** Whether an editor may add or remove "did it work" choices now. */
    public boolean effectsEditable() {
        return editor && !followUp.evidenceFrozen();
    }

    /** The name of the person who signed, as staff know them; the username when the account is gone. */
    public String signatoryName(Signature signature) {
        return names.getOrDefault(signature.signedBy(), signature.signedBy());
    }

    /** The name of the person who added a comparison, as {@link #signatoryName} gives it. */
    public String addedBy(ChosenEffect chosen) {
        return names.getOrDefault(chosen.stored().createdBy(), chosen.stored().createdBy());
    }

    public String base() {
        return "/manage/promises/" + followUp.latest().promiseId() + "/followups/" + followUp.id();
    }

    /** The commitment or goal of a row, with its number among its kind as residents read it. */
    public Heading heading(int row) {
        return heading(followUp, row);
    }

    static Heading heading(FollowUpView followUp, int row) {
        var a = followUp.rows().get(row);
        var c = followUp.latest().content();
        if (a.kind() == ItemKind.COMMITMENT) {
            for (int i = 0; i < c.commitments().size(); i++) {
                if (c.commitments().get(i).key().equals(a.key())) {
                    return new Heading("section.commitment", i + 1, c.commitments().get(i).title());
                }
            }
        } else {
            for (int i = 0; i < c.goals().size(); i++) {
                if (c.goals().get(i).key().equals(a.key())) {
                    return new Heading("section.goal", i + 1, c.goals().get(i).text());
                }
            }
        }
        return new Heading(a.kind() == ItemKind.COMMITMENT ? "section.commitment" : "section.goal", row + 1, a.key());
    }

    /** "Åtagande 2" or "Mål 1", and what it says. */
    public record Heading(String section, int number, String text) {
    }
}
