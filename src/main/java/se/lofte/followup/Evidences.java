package se.lofte.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link EvidenceSource} bean, asked in order; their lines grouped by the item they are about. */
@Component
class Evidences {

    private final ObjectProvider<EvidenceSource> sources;

    Evidences(ObjectProvider<EvidenceSource> sources) {
        this.sources = sources;
    }

    /** The lines of every source by item, each item's lines in source order. */
    EvidenceByItem of(EvidenceRequest request) {
        Map<String, List<Evidence>> byItem = new LinkedHashMap<>();
        sources.orderedStream().flatMap(s -> s.evidence(request).stream())
                .forEach(e -> byItem.computeIfAbsent(EvidenceByItem.key(e.kind(), e.key()),
                        k -> new ArrayList<>()).add(e));
        return new EvidenceByItem(byItem);
    }
}
