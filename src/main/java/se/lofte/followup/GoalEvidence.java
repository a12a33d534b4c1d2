package se.lofte.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;

/**
 * A numeric goal's value against its target and deadline, and its status, as the promise page shows them now:
 * "3 personer den 14 november 2026 mot minst 5 senast 31 december 2026 – inte nått".
 */
@Component
@Order(10)
class GoalEvidence implements EvidenceSource {

    private final ProgressReading progress;
    private final MessageSource messages;

    GoalEvidence(ProgressReading progress, MessageSource messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        var content = request.latest().content();
        List<GoalProgress> goals = progress.goals(request.latest());
        List<Evidence> lines = new ArrayList<>();
        for (var goal : content.goals()) {
            if (!goal.isNumeric()) {
                continue;
            }
            PromiseContent.NumericTarget n = goal.numeric();
            var found = goals.stream().filter(g -> g.goalKey().equals(goal.key())).findFirst();
            if (found.isEmpty() || found.get().value() == null) {
                String status = found.map(g -> g.status().name()).orElse("NOT_MEASURABLE");
                lines.add(EvidenceRequest.line(messages, ItemKind.GOAL, goal.key(), "followup.evidence.goal.noValue",
                        locale -> new Object[] {target(n, locale), Dates.day(n.deadline(), locale),
                                messages.getMessage("public.progress.status." + status, null, locale)}));
                continue;
            }
            GoalProgress g = found.get();
            lines.add(EvidenceRequest.line(messages, ItemKind.GOAL, goal.key(), "followup.evidence.goal.value",
                    locale -> new Object[] {Numbers.of(g.value(), locale), n.unit(), Dates.day(g.asOf(), locale),
                            target(n, locale), Dates.day(n.deadline(), locale),
                            messages.getMessage("public.progress.status." + g.status().name(), null, locale)}));
            lines.add(EvidenceRequest.line(messages, ItemKind.GOAL, goal.key(), "followup.evidence.goal.source",
                    locale -> new Object[] {"en".equals(locale.getLanguage()) ? g.sourceEn() : g.sourceSv()}));
        }
        return lines;
    }

    /** "minst 5 personer", "at most 10 incidents". */
    private String target(PromiseContent.NumericTarget n, Locale locale) {
        return messages.getMessage("followup.evidence.goal.target." + n.direction().name(),
                new Object[] {Numbers.of(n.target(), locale), n.unit()}, locale);
    }
}
