package se.lofte.progress.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.IndicatorChoice;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdates;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseView;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * The staff page of a promise's progress: how each goal is measured (the source and its parameters, chosen
 * by the goal's party), counts entered by hand, where each goal stands, what keeps goals from being
 * followed up, and the updates for residents. Forms post back here and work without JavaScript; a refused
 * form re-renders the page with the input kept and the message at its field.
 */
@Controller
class ProgressPages {

    private final ProgressManagement management;
    private final ProgressReading reading;
    private final ProgressUpdates updates;

    ProgressPages(ProgressManagement management, ProgressReading reading, ProgressUpdates updates) {
        this.management = management;
        this.reading = reading;
        this.updates = updates;
    }

    @GetMapping("/manage/progress/promises/{id}")
    String page(@PathVariable PromiseId id, StaffMember member, Model model) {
        return render(find(id, member), member, null, Map.of(), FieldErrors.none(), model);
    }

    @PostMapping("/manage/progress/promises/{id}/goals/{goal}/indicator")
    String indicator(@PathVariable PromiseId id, @PathVariable String goal, @RequestParam Map<String, String> form,
                     @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        String key = goalKey(promise, goal);
        String kind = form.getOrDefault("kind", "");
        Map<String, String> values = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(kind + ".")) {
                values.put(name.substring(kind.length() + 1), value);
            }
        });
        List<Problem> problems = management.chooseIndicator(promise.id(), key, kind, values, member);
        if (!problems.isEmpty()) {
            List<Problem> placed = problems.stream().map(p -> new Problem(key + "." + (p.field().equals("kind")
                    ? "kind" : kind + "." + p.field()), p.code(), p.args())).toList();
            return render(promise, member, key, form, FieldErrors.of(placed, ui), model);
        }
        redirect.addFlashAttribute("notice", "progress.indicator.saved");
        return "redirect:/manage/progress/promises/" + promise.id() + "#goal-" + key;
    }

    @PostMapping("/manage/progress/promises/{id}/goals/{goal}/counts")
    String count(@PathVariable PromiseId id, @PathVariable String goal, @RequestParam Map<String, String> form,
                 @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        String key = goalKey(promise, goal);
        List<Problem> problems = management.recordCount(promise.id(), key, form.get(key + ".count.value"),
                form.get(key + ".count.asOf"), member);
        if (!problems.isEmpty()) {
            List<Problem> placed = problems.stream()
                    .map(p -> new Problem(key + ".count." + p.field(), p.code(), p.args())).toList();
            return render(promise, member, key, form, FieldErrors.of(placed, ui), model);
        }
        redirect.addFlashAttribute("notice", "progress.count.saved");
        return "redirect:/manage/progress/promises/" + promise.id() + "#goal-" + key;
    }

    private String render(PromiseView promise, StaffMember member, String formGoal, Map<String, String> form,
                          FieldErrors errors, Model model) {
        PromiseContent content = promise.content();
        Map<String, GoalProgress> states = reading.goals(promise.id()).stream()
                .collect(Collectors.toMap(GoalProgress::goalKey, Function.identity()));
        Map<String, IndicatorChoice> choices = management.indicators(promise.id());
        Map<String, List<DraftCheck.Warning>> warnings = management.measurability(promise.id(), content).stream()
                .collect(Collectors.groupingBy(DraftCheck.Warning::goalKey, LinkedHashMap::new, Collectors.toList()));
        List<GoalRow> rows = new ArrayList<>();
        for (PromiseContent.Goal goal : content.goals()) {
            var context = management.context(promise.id(), content, goal);
            List<GoalRow.SourceChoice> sources = goal.isNumeric()
                    ? management.sources().stream().map(s -> new GoalRow.SourceChoice(s, s.parameters(context))).toList()
                    : List.of();
            rows.add(new GoalRow(goal, goal.owner() == null ? null : content.partyName(goal.owner()),
                    states.get(goal.key()), choices.get(goal.key()), sources,
                    management.counts(promise.id(), goal.key()), management.mayMeasure(member, content, goal),
                    warnings.getOrDefault(goal.key(), List.of())));
        }
        model.addAttribute("page", new PromiseProgressPage(promise, rows, Optional.ofNullable(formGoal), form, errors,
                promise.revisions() > 0 ? updates.forPromise(promise.id(), member) : List.of(),
                !updates.writableParties(promise.id(), member).isEmpty(),
                // A save redirects here with its notice as a flash attribute, which is in the model already.
                Optional.ofNullable((String) model.getAttribute("notice"))));
        return "progress/promise";
    }

    private static String goalKey(PromiseView promise, String goal) {
        return promise.content().goals().stream().map(PromiseContent.Goal::key).filter(goal::equals).findFirst()
                .orElseThrow(() -> new NotFound("promise"));
    }

    private PromiseView find(PromiseId id, StaffMember member) {
        return management.promise(id, member).orElseThrow(() -> new NotFound("promise"));
    }
}
