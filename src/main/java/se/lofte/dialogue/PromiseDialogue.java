package se.lofte.dialogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The meetings behind a promise's commitments, for its public page: all of them, and those of each commitment. */
public record PromiseDialogue(Map<String, List<MeetingLink>> byCommitment) {

    public PromiseDialogue {
        byCommitment = Map.copyOf(byCommitment);
    }

    /** Every meeting behind any commitment, once, soonest first. */
    public List<MeetingLink> meetings() {
        var all = new LinkedHashSet<MeetingLink>();
        byCommitment.values().forEach(all::addAll);
        return all.stream().sorted(java.util.Comparator.comparing(MeetingLink::startsAt)
                .thenComparing(MeetingLink::address)).toList();
    }

    public List<MeetingLink> of(String commitmentKey) {
        return byCommitment.getOrDefault(commitmentKey, List.of());
    }

    public boolean isEmpty() {
        return byCommitment.isEmpty();
    }
}
