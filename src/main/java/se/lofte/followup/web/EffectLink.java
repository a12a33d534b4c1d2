package se.lofte.followup.web;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished measure at a focus place, offered on the follow-up as a link to the lägesbild's "did it work" page
 * with its place and days filled in, and beside it a form to keep a comparison with a control area as evidence on
 * the commitment: figures without a control (the E-test alone) cannot tell an effect from a change everywhere.
 */
public record EffectLink(List<String> commitmentKeys, long focusPlaceId, String placeName, LocalDate start,
                         LocalDate end) {

    public EffectLink {
        commitmentKeys = List.copyOf(commitmentKeys);
    }

    public String href() {
        return "/manage/situation/effect?place=f:" + focusPlaceId + "&from=" + start + "&to=" + end;
    }
}
