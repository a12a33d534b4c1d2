package se.lofte.followup;

import java.util.List;
import java.util.Map;

/** Evidence lines grouped by the commitment or goal they are about. */
public record EvidenceByItem(Map<String, List<Evidence>> lines) {

    public EvidenceByItem {
        lines = Map.copyOf(lines);
    }

    static String key(ItemKind kind, String key) {
        return kind.name() + "/" + key;
    }

    /** The lines about the item, in source order; none when no source had any. */
    public List<Evidence> of(ItemKind kind, String key) {
        return lines.getOrDefault(key(kind, key), List.of());
    }
}
