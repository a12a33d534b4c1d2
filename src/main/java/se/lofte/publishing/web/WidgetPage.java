package se.lofte.publishing.web;

import java.util.List;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.measures.PublicMeasure;
import se.lofte.progress.ProgressUpdate;
import se.lofte.promises.PromiseContent;

/**
 * What a widget shows of a published promise: its title, the goals with their progress, the latest measures
 * and updates, the summary of the newest joint follow-up published ({@code followUp}, null when none is), and
 * the absolute address of the full page (a widget sits on another site).
 */
public record WidgetPage(PromiseContent content, String municipality, String pageUrl, PromiseProgress progress,
                         int latest, PublishedFollowUp followUp) {

    public List<PublicMeasure> latestMeasures() {
        return progress.measures().stream().limit(latest).toList();
    }

    public List<ProgressUpdate> latestUpdates() {
        return progress.updates().stream().limit(latest).toList();
    }
}
