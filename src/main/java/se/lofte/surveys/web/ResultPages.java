package se.lofte.surveys.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.NotFound;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyRefusal;
import se.lofte.surveys.SurveyResult;
import se.lofte.surveys.SurveyResults;

/**
 * A survey's results: for staff under the survey, with its CSV and the switch that publishes them, and for everyone
 * at {@code /kommun/<kommun>/trygghetsundersokning/<år>} with the same tables as CSV and JSON once published.
 */
@Controller
class ResultPages {

    private final SurveyResults results;
    private final Organisations organisations;
    private final MapTiles tiles;

    ResultPages(SurveyResults results, Organisations organisations, LofteProperties properties) {
        this.results = results;
        this.organisations = organisations;
        this.tiles = properties.map().tiles();
    }

    @GetMapping(SurveyPages.PATH + "/{id}/results")
    String staffResults(@PathVariable SurveyId id, StaffMember staff, Model model) {
        SurveyResult result = results.results(id, staff);
        model.addAttribute("result", result);
        model.addAttribute("publicAddress", publicAddress(result));
        model.addAttribute("maps", results.pointMaps(id, staff));
        model.addAttribute("tiles", tiles);
        return "surveys/results";
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
    String publicResults(@PathVariable String slug, @PathVariable int year, Model model) {
        model.addAttribute("result", published(slug, year));
        model.addAttribute("slug", slug);
        return "surveys/publicResults";
    }

    @GetMapping("/kommun/{slug}/trygghetsundersokning/{year}.csv")
    ResponseEntity<byte[]> publicCsv(@PathVariable String slug, @PathVariable int year) {
        return csv(published(slug, year));
    }

    @GetMapping(value = "/kommun/{slug}/trygghetsundersokning/{year}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResultFiles.ResultJson publicJson(@PathVariable String slug, @PathVariable int year) {
        return ResultFiles.json(published(slug, year));
    }

    private SurveyResult published(String slug, int year) {
        return results.published(slug, year).orElseThrow(() -> new NotFound("survey results " + slug + " " + year));
    }

    private String publicAddress(SurveyResult result) {
        return organisations.find(result.survey().municipality())
                .map(m -> "/kommun/" + m.slug() + "/trygghetsundersokning/" + result.survey().year()).orElse("");
    }

    private static ResponseEntity<byte[]> csv(SurveyResult result) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("trygghetsundersokning-" + result.survey().year() + ".csv").build().toString())
                .body(ResultFiles.csv(result).getBytes(StandardCharsets.UTF_8));
    }
}
