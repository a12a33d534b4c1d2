package se.lofte.situation.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.ui.Model;

import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.ViewScope;

/**
 * What the map and the trends offer for pinning their view into a lägesbild: the municipalities whose
 * lägesbild the person may change, the one chosen first ({@code chosen}, null when there are none), the year
 * offered first, and the problems of a pin refused a moment ago, which the redirect back brings as a flash
 * attribute (see {@link LagesbildController}).
 */
public record PinOffer(List<Organisation> to, Organisation chosen, int year, FieldErrors errors) {

    public PinOffer {
        to = List.copyOf(to);
    }

    /**
     * The municipality chosen first is the one the view is narrowed to ({@code placeMunicipality}, an SCB code,
     * or null), else the person's own (the first of the view's municipalities they may change), else the first
     * in the list: never another municipality's lägesbild merely because its name comes first.
     */
    static PinOffer of(List<Organisation> to, String placeMunicipality, ViewScope view, int year, Model model,
                       Ui ui) {
        Organisation chosen = Stream.concat(
                        to.stream().filter(m -> placeMunicipality != null && placeMunicipality.equals(m.scbCode())),
                        view.municipalities().stream()
                                .flatMap(own -> to.stream().filter(m -> Objects.equals(m.id(), own.id()))))
                .findFirst().orElse(to.isEmpty() ? null : to.getFirst());
        return new PinOffer(to, chosen, year, FieldErrors.of(refused(model), ui));
    }

    /** Whether {@code municipality} is the one chosen first. */
    public boolean isChosen(Organisation municipality) {
        return chosen != null && chosen.id().equals(municipality.id());
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> refused(Model model) {
        return model.getAttribute(LagesbildController.PIN_PROBLEMS) instanceof List<?> list
                ? (List<Problem>) list : List.of();
    }
}
