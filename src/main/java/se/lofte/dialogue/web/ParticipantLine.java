package se.lofte.dialogue.web;

import java.util.List;
import java.util.Map;

import se.lofte.dialogue.ParticipantGroup;
import se.lofte.shared.SmallCountSuppression;
import se.lofte.shared.Ui;

/** A group's count as residents see it: a number, or "färre än 5" for 1 to 4 ({@link SmallCountSuppression}). */
public record ParticipantLine(String group, String count) {

    static List<ParticipantLine> of(Map<ParticipantGroup, Integer> participants, Ui ui) {
        return participants.entrySet().stream().map(e -> new ParticipantLine(ui.t(e.getKey().key()),
                SmallCountSuppression.suppresses(e.getValue())
                        ? ui.t("dialogue.public.fewerThan", SmallCountSuppression.THRESHOLD)
                        : Integer.toString(e.getValue()))).toList();
    }

    /**
     * The total, only when no group is suppressed: with one group hidden, the total less the groups shown would
     * give its count away.
     */
    static String total(Map<ParticipantGroup, Integer> participants) {
        boolean anyHidden = participants.values().stream().anyMatch(SmallCountSuppression::suppresses);
        int total = participants.values().stream().mapToInt(Integer::intValue).sum();
        return anyHidden || total == 0 ? null : Integer.toString(total);
    }
}
