package se.lofte.publishing.web;

import java.util.List;

import se.lofte.measures.PublicMeasure;
import se.lofte.progress.ProgressUpdate;
import se.lofte.promises.PromiseContent;

/**
 * What a widget shows of a published promise: its title, the goals with their progress, the latest measures
 * and updates, and the absolute address of the full page (a widget sits on another site).
 */
public record WidgetPage(PromiseContent content, String municipality, String pageUrl, PromiseProgress progress,
                         int latest) {

    public List<PublicMeasure> latestMeasures() {
        return progress.measures().stream().limit(latest).toList();
    }

    public List<ProgressUpdate> latestUpdates() {
        return progress.updates().stream().limit(latest).toList();
    }
}
