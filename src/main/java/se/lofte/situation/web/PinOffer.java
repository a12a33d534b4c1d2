package se.lofte.situation.web;

import java.util.List;

import org.springframework.ui.Model;

import se.lofte.organisations.Organisation;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * What the map and the trends offer for pinning their view into a lägesbild: the municipalities whose
 * lägesbild the person may change, the year offered first, and the problems of a pin refused a moment ago,
 * which the redirect back brings as a flash attribute (see {@link LagesbildController}).
 */
public record PinOffer(List<Organisation> to, int year, FieldErrors errors) {

    public PinOffer {
        to = List.copyOf(to);
    }

    static PinOffer of(List<Organisation> to, int year, Model model, Ui ui) {
        return new PinOffer(to, year, FieldErrors.of(refused(model), ui));
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> refused(Model model) {
        return model.getAttribute(LagesbildController.PIN_PROBLEMS) instanceof List<?> list
                ? (List<Problem>) list : List.of();
    }
}
