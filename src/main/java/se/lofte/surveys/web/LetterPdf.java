package se.lofte.surveys.web;

import java.time.Clock;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import se.lofte.shared.AccessiblePdf;

/**
 * Renders the letters of a survey's one-time codes as a PDF to print: A4, one letter a page, tagged (PDF/UA-1) and
 * self-contained (PDF/A-3u) in the embedded font, by {@link AccessiblePdf} as the promise report is, so that a printer
 * at the municipality prints exactly what was checked on screen. Nothing is fetched while rendering.
 */
@Component
class LetterPdf {

    private final TemplateEngine templates;
    private final Clock clock;

    LetterPdf(TemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    byte[] render(Map<String, Object> params, String baseUrl) {
        var html = new StringOutput();
        templates.render("surveys/letters.jte", params, html);
        return AccessiblePdf.write(Jsoup.parse(html.toString()), baseUrl, clock.instant());
    }
}
