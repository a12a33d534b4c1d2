package se.lofte.surveys.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.situation.Lagesbilder;
import se.lofte.surveys.ExternalResults;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyRefusal;
import se.lofte.surveys.SurveyResult;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.SurveyState;

/**
 * A survey's results: for staff under the survey, with its CSV and the switch that publishes them, and for everyone
 * at {@code /kommun/<kommun>/trygghetsundersokning/<år>} with the same tables as CSV and JSON once published; and
 * the form that pins one question's results into the municipality's lägesbild. Other sources' results of the
 * municipality and year ({@link ExternalResults}) go with them, and so are public with them.
 */
@Controller
class ResultPages {

    private static final String PIN_PROBLEMS = "pinProblems";
    private static final Duration WHILE_OPEN = Duration.ofMinutes(1);

    private final SurveyResults results;
    private final ExternalResults external;
    private final Organisations organisations;
    private final Lagesbilder lagesbilder;
    private final MapTiles tiles;
    private final Clock clock;

    ResultPages(SurveyResults results, ExternalResults external, Organisations organisations,
                Lagesbilder lagesbilder, LofteProperties properties, Clock clock) {
        this.results = results;
        this.external = external;
        this.organisations = organisations;
        this.lagesbilder = lagesbilder;
        this.tiles = properties.map().tiles();
        this.clock = clock;
    }

    @GetMapping(SurveyPages.PATH + "/{id}/results")
    String staffResults(@PathVariable SurveyId id, @ModelAttribute("ui") Ui ui, StaffMember staff, Model model) {
        SurveyResult result = results.results(id, staff);
        model.addAttribute("result", result);
        model.addAttribute("external", external.beside(result.survey()));
        model.addAttribute("publicAddress", publicAddress(result));
        // The pin form, for those who may change the municipality's lägesbild; a refused pin comes back as flash.
        model.addAttribute("mayPin", lagesbilder.municipality(result.survey().municipality().value())
                .filter(m -> lagesbilder.mayEdit(staff, m)).isPresent());
        model.addAttribute("pinErrors", FieldErrors.of(model.getAttribute(PIN_PROBLEMS) instanceof List<?> list
                ? list.stream().map(Problem.class::cast).toList() : List.of(), ui));
        model.addAttribute("maps", results.pointMaps(id, staff));
        model.addAttribute("tiles", tiles);
        return "surveys/results";
    }

    /**
     * Pins one question's results into the municipality's lägesbild of a year, then shows that lägesbild; problems
     * go back to the pin form with what was typed.
     */
    @PostMapping(SurveyPages.PATH + "/{id}/results/pin")
    String pin(@PathVariable SurveyId id, @RequestParam(defaultValue = "") String question,
               @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String title,
               StaffMember staff, RedirectAttributes redirect) {
        List<Problem> problems = results.pin(id, question, year, title, staff);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute(PIN_PROBLEMS, problems);
            redirect.addFlashAttribute("pinQuestion", question);
            redirect.addFlashAttribute("pinYear", year);
            redirect.addFlashAttribute("pinTitle", title);
            return "redirect:" + SurveyPages.PATH + "/" + id + "/results#pin";
        }
        SurveyResult result = results.results(id, staff);
        redirect.addFlashAttribute("notice", "lagesbild.pinned");
        return "redirect:/manage/situation/lagesbild/" + result.survey().municipality().value() + "/" + year.strip()
                + "#pins";
    }

    @GetMapping(SurveyPages.PATH + "/{id}/results.csv")
    ResponseEntity<byte[]> staffCsv(@PathVariable SurveyId id, StaffMember staff) {
        return csv(results.results(id, staff));
    }

    @PostMapping(SurveyPages.PATH + "/{id}/results/publish")
    String publish(@PathVariable SurveyId id, @RequestParam(defaultValue = "true") boolean published,
                   StaffMember staff, RedirectAttributes redirect) {
        try {
            results.publish(id, published, staff);
            redirect.addFlashAttribute("notice", published ? "surveys.notice.published" : "surveys.notice.withdrawn");
        } catch (SurveyRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + SurveyPages.PATH + "/" + id + "/results";
    }

    @GetMapping("/kommun/{slug}/trygghetsundersokning/{year}")
    String publicResults(@PathVariable String slug, @PathVariable int year, Model model,
                         HttpServletResponse response) {
        SurveyResult result = published(slug, year);
        expiresWhileOpen(result, response);
        model.addAttribute("result", result);
        model.addAttribute("external", external.beside(result.survey()));
        model.addAttribute("slug", slug);
        return "surveys/publicResults";
    }

    @GetMapping("/kommun/{slug}/trygghetsundersokning/{year}.csv")
    ResponseEntity<byte[]> publicCsv(@PathVariable String slug, @PathVariable int year, HttpServletResponse response) {
        SurveyResult result = published(slug, year);
        expiresWhileOpen(result, response);
        return csv(result);
    }

    @GetMapping(value = "/kommun/{slug}/trygghetsundersokning/{year}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResultFiles.ResultJson publicJson(@PathVariable String slug, @PathVariable int year, HttpServletResponse response) {
        SurveyResult result = published(slug, year);
        expiresWhileOpen(result, response);
        return ResultFiles.json(result, external.beside(result.survey()));
    }

    /**
     * Results published while the survey still takes answers change with every answer, which tells the public page
     * cache nothing (an event per answer would empty it under a crowd of respondents): such a page says it is true
     * for a minute. Closed, it changes only by what publishes {@code SurveyResultsChanged}.
     */
    private void expiresWhileOpen(SurveyResult result, HttpServletResponse response) {
        if (result.survey().state() == SurveyState.OPEN) {
            response.setDateHeader(HttpHeaders.EXPIRES, clock.millis() + WHILE_OPEN.toMillis());
        }
    }

    private SurveyResult published(String slug, int year) {
        return results.published(slug, year).orElseThrow(() -> new NotFound("survey results " + slug + " " + year));
    }

    private String publicAddress(SurveyResult result) {
        return organisations.find(result.survey().municipality())
                .map(m -> "/kommun/" + m.slug() + "/trygghetsundersokning/" + result.survey().year()).orElse("");
    }

    private ResponseEntity<byte[]> csv(SurveyResult result) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("trygghetsundersokning-" + result.survey().year() + ".csv").build().toString())
                .body(ResultFiles.csv(result, external.beside(result.survey())).getBytes(StandardCharsets.UTF_8));
    }
}
