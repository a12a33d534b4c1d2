package se.lofte.progress;

import java.time.OffsetDateTime;
import java.util.Map;

/** The source a goal is measured by, with its parameter values, and who chose it when. */
public record IndicatorChoice(String kind, Map<String, String> values, String updatedBy, OffsetDateTime updatedAt) {

    public IndicatorChoice {
        values = Map.copyOf(values);
    }
}
