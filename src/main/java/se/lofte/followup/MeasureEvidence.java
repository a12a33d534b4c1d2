package se.lofte.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.PromisePeriod;
import se.lofte.measures.PublicMeasure;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;

/**
 * The measures logged under a commitment in the follow-up's days, as residents may see them (held-back ones are
 * never read): how many, the outputs added up per unit, and the newest few.
 */
@Component
@Order(20)
class MeasureEvidence implements EvidenceSource {

    /** The newest measures named one by one; the count and totals speak for the rest. */
    static final int NAMED = 5;

    private final MeasureTimeline measures;
    private final MessageSource messages;

    MeasureEvidence(MeasureTimeline measures, MessageSource messages) {
        this.measures = measures;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        var content = request.latest().content();
        List<PublicMeasure> visible = measures.forPromise(request.latest().promiseId(), PromisePeriod.of(content),
                request.now()).visible().stream().filter(m -> request.overlaps(m.start(), m.end())).toList();
        List<Evidence> lines = new ArrayList<>();
        for (var commitment : content.commitments()) {
            String key = commitment.key();
            List<PublicMeasure> under = visible.stream().filter(m -> m.commitmentKeys().contains(key)).toList();
            if (under.isEmpty()) {
                lines.add(EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.measures.none",
                        locale -> new Object[0]));
                continue;
            }
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            under.forEach(m -> m.outputs().forEach(o -> totals.merge(o.unit(), o.quantity(), BigDecimal::add)));
            lines.add(EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.measures.count",
                    locale -> new Object[] {Integer.toString(under.size()), totals.isEmpty() ? ""
                            : totals.entrySet().stream().map(t -> Numbers.of(t.getValue(), locale) + " " + t.getKey())
                            .collect(Collectors.joining(", ", " (", ")"))}));
            for (PublicMeasure m : under.subList(0, Math.min(NAMED, under.size()))) {
                lines.add(EvidenceRequest.line(messages, ItemKind.COMMITMENT, key, "followup.evidence.measure",
                        locale -> new Object[] {m.end() == null || m.end().equals(m.start()) ? Dates.day(m.start(), locale)
                                : Dates.day(m.start(), locale) + "–" + Dates.day(m.end(), locale),
                                "en".equals(locale.getLanguage()) ? m.kind().nameEn() : m.kind().nameSv(),
                                m.outputs().stream().map(o -> ", " + Numbers.of(o.quantity(), locale) + " " + o.unit())
                                        .collect(Collectors.joining())}));
            }
        }
        return lines;
    }
}
