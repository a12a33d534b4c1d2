package se.lofte.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.incidents.IncidentScope;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.SmallCountSuppression;
import se.lofte.situation.Compared;
import se.lofte.situation.CountComparison;
import se.lofte.situation.Granularity;
import se.lofte.situation.PlaceChoice;
import se.lofte.situation.PlaceKind;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.Trends;

/**
 * The lägesbild on a commitment's focus places (the promise's, when the commitment names none): incidents in the
 * follow-up's days against the same days last year, with the existing exact test of whether the change is more
 * than chance, and only where the data covers both periods ({@code situation.Trends}). Counts from 1 to 4 are
 * published as "fewer than 5", with no change, as on every public page.
 */
@Component
@Order(40)
class TrendEvidence implements EvidenceSource {

    private final Trends trends;
    private final PartiesScope parties;
    private final MessageSource messages;

    TrendEvidence(Trends trends, PartiesScope parties, MessageSource messages) {
        this.trends = trends;
        this.parties = parties;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        PromiseContent content = request.latest().content();
        IncidentScope scope = parties.of(content);
        List<Evidence> lines = new ArrayList<>();
        for (var commitment : content.commitments()) {
            for (var place : content.focusPlaceRefsOf(commitment)) {
                var filter = new TrendFilter(null, null, new PlaceChoice(PlaceKind.FOCUS_PLACE, Long.toString(place.id())),
                        Granularity.MONTH, request.from(), request.to());
                Compared lastYear = trends.comparison(filter, scope).lastYear();
                lines.add(line(commitment.key(), place.name(), request, lastYear));
            }
        }
        return lines;
    }

    private Evidence line(String key, String place, EvidenceRequest request, Compared compared) {
        if (!compared.currentKnown() || !compared.referenceKnown() || compared.test().isEmpty()) {
            return EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.trend.noData",
                    locale -> new Object[] {place, Dates.day(request.from(), locale), Dates.day(request.to(), locale)});
        }
        CountComparison test = compared.test().get();
        boolean shown = SmallCountSuppression.shows(test.current()) && SmallCountSuppression.shows(test.reference());
        String code = !shown ? "followup.evidence.trend.few"
                : test.moreThanChance() ? "followup.evidence.trend.changed" : "followup.evidence.trend.chance";
        Double percent = test.changePercent();
        return EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, code,
                locale -> new Object[] {place, Dates.day(request.from(), locale), Dates.day(request.to(), locale),
                        count(test.current(), locale), count(test.reference(), locale),
                        percent == null ? "–" : (percent > 0 ? "+" : "") + Math.round(percent) + " %"});
    }

    private String count(long n, Locale locale) {
        return PublicCounts.of(messages, n, locale);
    }
}
