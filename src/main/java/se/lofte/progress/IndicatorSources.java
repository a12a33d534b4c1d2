package se.lofte.progress;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every {@link IndicatorSource} bean, by kind. */
@Component
class IndicatorSources {

    private final Map<String, IndicatorSource> byKind = new LinkedHashMap<>();

    IndicatorSources(List<IndicatorSource> sources) {
        sources.stream().sorted(Comparator.comparing(IndicatorSource::nameSv)).forEach(source -> {
            if (byKind.putIfAbsent(source.kind(), source) != null) {
                throw new IllegalStateException("Two indicator sources of kind " + source.kind());
            }
        });
    }

    List<IndicatorSource> all() {
        return List.copyOf(byKind.values());
    }

    Optional<IndicatorSource> find(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }
}
