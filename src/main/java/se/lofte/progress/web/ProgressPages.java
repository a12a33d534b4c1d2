package se.lofte.progress.web;

import java.util.ArrayList;
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
        PromiseContent.Goal chosen = goal(promise, goal);
        String key = chosen.key();
        SourceForm posted = SourceForm.posted(form);
        IndicatorChoice before = management.indicators(promise.id()).get(key);
        List<Problem> problems = posted.filledInUnchosen(management.sources(), before).stream()
                .map(s -> Problem.of("kind", "progress.indicator.notChosen", GoalRow.sourceName(s, ui.english())))
                .toList();
        if (problems.isEmpty()) {
            problems = management.chooseIndicator(promise.id(), key, posted.kind(), posted.values(), member);
        }
        if (!problems.isEmpty()) {
            List<Problem> placed = problems.stream().map(p -> new Problem(key + "." + (p.field().equals("kind")
                    ? "kind" : posted.kind() + "." + p.field()), p.code(), p.args())).toList();
            return render(promise, member, key, form, FieldErrors.of(placed, ui), model);
        }
        redirect.addFlashAttribute("notice", notice(promise, chosen, posted, before));
        return "redirect:/manage/progress/promises/" + promise.id() + "#goal-" + key;
    }

    /** What the save did, said plainly: a form that chose nothing saved nothing, and a doubtful source is saved. */
    private String notice(PromiseView promise, PromiseContent.Goal goal, SourceForm posted, IndicatorChoice before) {
        if (posted.kind().isEmpty()) {
            return before == null ? "progress.indicator.noneChosen" : "progress.indicator.removed";
        }
        var context = management.context(promise.id(), promise.content(), goal);
        return management.doubts(context, management.indicators(promise.id()).get(goal.key())).isEmpty()
                ? "progress.indicator.saved" : "progress.indicator.savedWithDoubts";
    }

    @PostMapping("/manage/progress/promises/{id}/goals/{goal}/counts")
    String count(@PathVariable PromiseId id, @PathVariable String goal, @RequestParam Map<String, String> form,
                 @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        String key = goal(promise, goal).key();
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
        SourceForm posted = SourceForm.posted(form);
        List<GoalRow> rows = new ArrayList<>();
        for (PromiseContent.Goal goal : content.goals()) {
            var context = management.context(promise.id(), content, goal);
            IndicatorChoice choice = choices.get(goal.key());
            boolean kept = goal.key().equals(formGoal);
            // Each source's parameters as its fields show them: what was typed, else what was saved.
            List<GoalRow.SourceChoice> sources = goal.isNumeric() ? management.sources().stream()
                    .map(s -> new GoalRow.SourceChoice(s, s.parameters(context, kept ? posted.valuesOf(s.kind())
                            : choice != null && choice.kind().equals(s.kind()) ? choice.values() : Map.of())))
                    .toList() : List.of();
            rows.add(new GoalRow(goal, goal.owner() == null ? null : content.partyName(goal.owner()),
                    states.get(goal.key()), choice, sources, management.counts(promise.id(), goal.key()),
                    management.mayMeasure(member, content, goal), warnings.getOrDefault(goal.key(), List.of()),
                    goal.isNumeric() ? management.doubts(context, choice) : List.of()));
        }
        model.addAttribute("page", new PromiseProgressPage(promise, rows, Optional.ofNullable(formGoal), form, errors,
                promise.revisions() > 0 ? updates.forPromise(promise.id(), member) : List.of(),
                !updates.writableParties(promise.id(), member).isEmpty(),
                // A save redirects here with its notice as a flash attribute, which is in the model already.
                Optional.ofNullable((String) model.getAttribute("notice"))));
        return "progress/promise";
    }

    private static PromiseContent.Goal goal(PromiseView promise, String key) {
        return promise.content().goals().stream().filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("promise"));
    }

    private PromiseView find(PromiseId id, StaffMember member) {
        return management.promise(id, member).orElseThrow(() -> new NotFound("promise"));
    }
}
