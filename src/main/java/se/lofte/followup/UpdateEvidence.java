package se.lofte.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdate;
import se.lofte.progress.UpdateKind;
import se.lofte.shared.Dates;

/** The published updates about a commitment in the follow-up's days, what was not done marked so. */
@Component
@Order(30)
class UpdateEvidence implements EvidenceSource {

    /** A year's worth at the pace staff write them, as the promise page shows. */
    static final int READ = 50;

    private final ProgressReading progress;
    private final MessageSource messages;

    UpdateEvidence(ProgressReading progress, MessageSource messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        List<ProgressUpdate> updates = progress.updates(List.of(request.latest().promiseId()), READ).stream()
                .filter(u -> request.overlaps(u.publishedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate(), null))
                .toList();
        List<Evidence> lines = new ArrayList<>();
        for (var commitment : request.latest().content().commitments()) {
            for (ProgressUpdate u : updates) {
                if (u.commitmentKeys().contains(commitment.key())) {
                    lines.add(EvidenceRequest.line(messages, ItemKind.COMMITMENT, commitment.key(),
                            u.kind() == UpdateKind.NOT_DONE ? "followup.evidence.update.notDone"
                                    : "followup.evidence.update",
                            locale -> new Object[] {Dates.day(u.publishedAt(), locale), u.title()}));
                }
            }
        }
        return lines;
    }
}
