package se.lofte.progress.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.lofte.progress.IndicatorChoice;
import se.lofte.progress.IndicatorSource;

/**
 * A goal's data source form as posted: the kind of the source chosen with the radio button, and what was typed
 * under each source, by the source's kind and the parameter's name (the fields are named {@code kind.name}).
 * Every source's fields are on the form at once, and only the chosen source's values are saved.
 */
record SourceForm(String kind, Map<String, Map<String, String>> bySource) {

    static SourceForm posted(Map<String, String> form) {
        Map<String, Map<String, String>> bySource = new HashMap<>();
        form.forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot > 0) {
                bySource.computeIfAbsent(name.substring(0, dot), k -> new HashMap<>()).put(name.substring(dot + 1), value);
            }
        });
        return new SourceForm(form.getOrDefault("kind", "").strip(), bySource);
    }

    /** The values typed under the chosen source. */
    Map<String, String> values() {
        return valuesOf(kind);
    }

    Map<String, String> valuesOf(String sourceKind) {
        return bySource.getOrDefault(sourceKind, Map.of());
    }

    /**
     * The sources other than the chosen one under which something was typed: a value that is not what the page
     * showed there (the saved values under the saved source, nothing elsewhere). Filling in a source's fields and
     * leaving its radio button alone reads as a choice of that source, but would save nothing, or remove the
     * saved source; the page would then say "saved" and show "Ingen datakälla" chosen.
     */
    List<IndicatorSource> filledInUnchosen(List<IndicatorSource> sources, IndicatorChoice saved) {
        return sources.stream().filter(s -> !s.kind().equals(kind)).filter(s -> {
            Map<String, String> shown = saved != null && saved.kind().equals(s.kind()) ? saved.values() : Map.of();
            return valuesOf(s.kind()).entrySet().stream().anyMatch(e -> !e.getValue().isBlank()
                    && !e.getValue().strip().equals(shown.getOrDefault(e.getKey(), "")));
        }).toList();
    }
}
