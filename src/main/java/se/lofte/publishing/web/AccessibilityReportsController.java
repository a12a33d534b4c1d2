package se.lofte.publishing.web;

import java.security.Principal;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.publishing.AccessibilityFeedback;
import se.lofte.publishing.AccessibilityReportId;
import se.lofte.shared.Dates;
import se.lofte.shared.NotFound;

/** Staff read the accessibility reports, newest first, and mark each one handled (or open again). */
@Controller
@RequestMapping("/manage/publishing/accessibility-reports")
class AccessibilityReportsController {

    // Staff work in Swedish time whatever zone the server runs in.
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dates.SWEDEN);

    private final AccessibilityFeedback feedback;

    AccessibilityReportsController(AccessibilityFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("result", feedback.newestFirst(page));
        model.addAttribute("time", TIME);
        return "publishing/reports";
    }

    /** Back to the same row of the list, so staff working down it keep their place. */
    @PostMapping("/{id}/handled")
    String markHandled(@PathVariable AccessibilityReportId id, @RequestParam boolean handled,
                       @RequestParam(defaultValue = "1") int page, Principal staff) {
        if (!feedback.markHandled(id, handled, staff.getName())) {
            throw new NotFound("accessibility report");
        }
        return "redirect:/manage/publishing/accessibility-reports?page=" + Math.max(1, page) + "#report-" + id;
    }
}
