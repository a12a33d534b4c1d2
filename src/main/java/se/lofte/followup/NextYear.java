package se.lofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.lofte.promises.PromiseContent;

/**
 * "Nästa års löfte": next year's draft of a promise, made from its published year-end follow-up. What was not
 * fulfilled goes on, with a note of how far it came and why; what was fulfilled is left out. Goals go on from where
 * they stand: their new baseline is the latest value, the target and indicator stay, the deadline moves a year. The
 * parties, focus places and signatories stay; signatures do not (a new text needs new ones).
 *
 * @param content the draft
 * @param carried the commitments and goals carried over, in the old promise's order
 * @param leftOut the ones left out because they were fulfilled
 */
public record NextYear(PromiseContent content, List<Item> carried, List<Item> leftOut) {

    public NextYear {
        carried = List.copyOf(carried);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A commitment or goal of the old promise: its number there (commitments and goals are counted apart), what it
     * said and the follow-up's verdict (null when the follow-up gave none, for something added after it).
     */
    public record Item(ItemKind kind, String key, int number, String text, Verdict verdict) {
    }

    /**
     * The draft from {@code old}, the promise's latest published content, and its follow-up. {@code latest} holds each
     * numeric goal's latest value by key (none for a goal that could not be measured: its baseline stays);
     * {@code note} writes the line put first in a carried commitment's text, "Fortsätter från 2019: delvis uppfyllt –
     * resurser".
     */
    static NextYear of(PromiseContent old, PublishedFollowUp followUp, Map<String, BigDecimal> latest,
                       Function<PublishedFollowUp.Item, String> note) {
        List<Item> carried = new ArrayList<>();
        List<Item> leftOut = new ArrayList<>();
        List<PromiseContent.Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < old.commitments().size(); i++) {
            var c = old.commitments().get(i);
            var verdict = followUp.item(ItemKind.COMMITMENT, c.key());
            var item = new Item(ItemKind.COMMITMENT, c.key(), i + 1, c.title(),
                    verdict.map(PublishedFollowUp.Item::verdict).orElse(null));
            if (fulfilled(item)) {
                leftOut.add(item);
                continue;
            }
            carried.add(item);
            String text = verdict.map(v -> note.apply(v) + "\n\n" + c.text()).orElse(c.text());
            commitments.add(c.withText(text));
        }
        List<PromiseContent.Goal> goals = new ArrayList<>();
        for (int i = 0; i < old.goals().size(); i++) {
            var g = old.goals().get(i);
            var item = new Item(ItemKind.GOAL, g.key(), i + 1, g.text(), followUp.item(ItemKind.GOAL, g.key())
                    .map(PublishedFollowUp.Item::verdict).orElse(null));
            if (fulfilled(item)) {
                leftOut.add(item);
                continue;
            }
            carried.add(item);
            goals.add(new PromiseContent.Goal(g.key(), g.owner(), g.text(), g.isNumeric()
                    ? nextYear(g.numeric(), latest.get(g.key())) : null));
        }
        LocalDate start = old.end().plusDays(1);
        LocalDate end = start.plus(Period.between(old.start(), old.end()));
        var content = new PromiseContent(old.parties(), start, end, old.title(), old.lead(), old.situation(),
                commitments, goals, old.focusPlaces(), old.focusPlaceRefs(), old.followUp(), old.followAlong(),
                old.signatories(), old.image());
        return new NextYear(content, carried, leftOut);
    }

    private static boolean fulfilled(Item item) {
        return item.verdict() == Verdict.FULFILLED;
    }

    private static PromiseContent.NumericTarget nextYear(PromiseContent.NumericTarget n, BigDecimal latest) {
        return new PromiseContent.NumericTarget(n.indicator(), n.unit(), latest == null ? n.baseline() : latest,
                n.target(), n.direction(), n.deadline() == null ? null : n.deadline().plusYears(1));
    }
}
