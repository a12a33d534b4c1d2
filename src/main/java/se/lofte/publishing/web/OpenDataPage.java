package se.lofte.publishing.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.shared.LofteProperties;

/**
 * "Öppna data": where journalists, researchers and other municipalities find the addresses of the open data
 * (the API, the schema of a promise, the bulk downloads), what each holds, and its licence (CC0 1.0). The site's
 * own text only, with the addresses written out whole as the site's address makes them.
 */
@Controller
class OpenDataPage {

    private final String site;

    OpenDataPage(LofteProperties properties) {
        this.site = properties.site().base();
    }

    @GetMapping("/oppna-data")
    ModelAndView page() {
        return new ModelAndView("publishing/openData", Map.of("site", site));
    }
}
