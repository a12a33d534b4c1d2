package se.lofte.publishing.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotFound;
import se.lofte.shared.Ui;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.PinKind;
import se.lofte.situation.PinRenderers;
import se.lofte.situation.Trends;

/**
 * A municipality's lägesbild on the public site, once staff have made it public: the analysis and its
 * charts and tables, counted from the municipality's own incidents only, with small counts suppressed, and the pins
 * other modules draw (a survey's published results), drawn as they would be for anyone.
 */
@Controller
class LagesbildPage {

    private final Organisations organisations;
    private final Lagesbilder lagesbilder;
    private final Trends trends;

    private final PinRenderers renderers;

    LagesbildPage(Organisations organisations, Lagesbilder lagesbilder, Trends trends, PinRenderers renderers) {
        this.renderers = renderers;
        this.organisations = organisations;
        this.lagesbilder = lagesbilder;
        this.trends = trends;
    }

    static String address(Organisation municipality, int year) {
        return "/kommun/" + municipality.slug() + "/lagesbild/" + year;
    }

    @GetMapping("/kommun/{slug}/lagesbild/{year}")
    String page(@PathVariable String slug, @PathVariable int year, @ModelAttribute("ui") Ui ui, Model model) {
        Organisation municipality = organisations.municipalityBySlug(slug)
                .orElseThrow(() -> new NotFound("published lägesbild"));
        LagesbildDocument document = lagesbilder.published(municipality, year)
                .orElseThrow(() -> new NotFound("published lägesbild"));
        var scope = Trends.publicScope(municipality.scbCode());
        List<PublicPin> pins = document.pins().stream().map(pin -> new PublicPin(pin.title(),
                pin.knownKind().map(k -> k == PinKind.CHART).orElse(false),
                pin.knownKind().flatMap(k -> trends.pinned(pin, scope)).orElse(null),
                renderers.render(pin, municipality, ui).orElse(null))).toList();
        model.addAttribute("document", document);
        model.addAttribute("pins", pins);
        return "publishing/lagesbild";
    }
}
