package se.lofte.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.publishing.AccessibilityFeedback;
import se.lofte.publishing.ReportedProblem;
import se.lofte.shared.Problem;

/**
 * The accessibility statement (tillgänglighetsredogörelse) with its form for reporting a problem. A sent
 * report redirects to a thank-you page, so reloading never sends it twice; a refused one comes back with
 * status 422 and the visitor's text in place.
 */
@Controller
class AccessibilityStatementController {

    private final AccessibilityFeedback feedback;

    AccessibilityStatementController(AccessibilityFeedback feedback) {
        this.feedback = feedback;
    }

    /** {@code sida} prefills which page the report concerns, for links from other pages. */
    @GetMapping("/tillganglighet")
    ModelAndView statement(@RequestParam(name = "sida", required = false) String page) {
        return statement(new ReportedProblem(page, null, null), List.of());
    }

    @PostMapping("/tillganglighet/rapportera")
    ModelAndView report(@ModelAttribute ReportedProblem form) {
        List<Problem> problems = feedback.submit(form);
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:/tillganglighet/tack");
        }
        var page = statement(form, problems);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @GetMapping("/tillganglighet/tack")
    String thanks() {
        return "publishing/thanks";
    }

    private static ModelAndView statement(ReportedProblem form, List<Problem> problems) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem));
        return new ModelAndView("publishing/statement", Map.of("form", form, "errors", errors));
    }
}
