package se.lofte.situation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.organisations.Organisation;
import se.lofte.shared.Ui;

/** The {@link PinRenderer} beans by kind, for the staff and public lägesbild pages. */
@Component
public class PinRenderers {

    private final Map<PinKind, PinRenderer> byKind = new EnumMap<>(PinKind.class);

    PinRenderers(List<PinRenderer> renderers) {
        for (PinRenderer renderer : renderers) {
            if (byKind.put(renderer.kind(), renderer) != null) {
                throw new IllegalStateException("Two renderers of " + renderer.kind());
            }
        }
    }

    /** Whether pins of the kind can be drawn here. */
    public boolean renders(PinKind kind) {
        return byKind.containsKey(kind);
    }

    /** The pin as its kind's renderer draws it; empty for a kind no module renders. */
    public Optional<PinContent> render(LagesbildPin pin, Organisation municipality, Ui ui) {
        return pin.knownKind().map(byKind::get).map(r -> r.render(pin, municipality, ui));
    }
}
