package se.lofte.promises.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaces;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseRefusal;
import se.lofte.promises.PromiseView;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.SaveResult;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * Staff pages for writing a promise and taking it through signing and publication. One form holds the
 * whole text; its "add" and "remove" buttons re-render it without saving, so it works without JavaScript
 * and nothing typed is lost.
 */
@Controller
class PromiseEditor {

    private final PromiseManagement management;
    private final Organisations organisations;
    private final Accounts accounts;
    private final PublishedPromises published;
    private final FocusPlaces focusPlaces;
    private final ObjectProvider<DraftCheck> draftChecks;

    PromiseEditor(PromiseManagement management, Organisations organisations, Accounts accounts,
                  PublishedPromises published, FocusPlaces focusPlaces, ObjectProvider<DraftCheck> draftChecks) {
        this.management = management;
        this.organisations = organisations;
        this.accounts = accounts;
        this.published = published;
        this.focusPlaces = focusPlaces;
        this.draftChecks = draftChecks;
    }

    /**
     * Where staff land after signing in. A person who is only a reporter (rapportör) may do nothing but
     * place reports, so they land on the report form instead of the promises.
     */
    @GetMapping("/manage")
    String overview(StaffMember member) {
        boolean onlyReports = !member.systemAdmin() && !member.memberships().isEmpty()
                && member.memberships().stream().allMatch(m -> m.role() == Role.REPORTER);
        return onlyReports ? "redirect:/manage/situation/reports/new" : "redirect:/manage/promises";
    }

    @GetMapping("/manage/promises")
    String list(StaffMember member, Model model) {
        model.addAttribute("promises", management.list(member));
        return "promises/list";
    }

    @GetMapping("/manage/promises/new")
    String newPromise(Model model) {
        return newForm(PromiseForms.blank(), FieldErrors.none(), model);
    }

    @PostMapping("/manage/promises/new")
    String create(@ModelAttribute("form") PromiseForm form, @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        List<Problem> problems = new ArrayList<>();
        var content = PromiseForms.toContent(form, management.parties(PromiseForms.partyIds(form)),
                offeredFocusPlaces(null, form), problems);
        SaveResult result = problems.isEmpty() ? management.create(content, member) : null;
        if (result == null || !result.saved()) {
            return newForm(form, FieldErrors.of(merge(problems, result), ui), model);
        }
        return "redirect:/manage/promises/" + result.id() + "/edit";
    }

    @GetMapping("/manage/promises/{id}/edit")
    String edit(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        PromiseView promise = find(id, member);
        return editForm(promise, PromiseForms.fromContent(promise.content(), promise.version(), ui.locale()),
                FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/promises/{id}/edit")
    String save(@PathVariable PromiseId id, @ModelAttribute("form") PromiseForm form,
                @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
                @RequestParam(defaultValue = "save") String action, @ModelAttribute("ui") Ui ui, StaffMember member,
                Model model, RedirectAttributes redirect) throws IOException {
        PromiseView promise = find(id, member);
        List<Problem> problems = new ArrayList<>();
        if (imageFile != null && !imageFile.isEmpty()) {
            // Stored at once so that an error elsewhere in the form does not make the editor upload it again.
            var upload = management.storeImage(imageFile.getBytes());
            if (upload.problem() != null) {
                problems.add(upload.problem());
            } else {
                form.setImageSha(upload.sha256());
                form.setImageContentType(upload.contentType());
                form.setRemoveImage(false);
            }
        }
        if (!"save".equals(action)) {
            FormRows.apply(action, form);
            return editForm(promise, form, FieldErrors.of(problems, ui), member, model);
        }
        form.dropBlankRows();
        var content = PromiseForms.toContent(form, management.parties(PromiseForms.partyIds(form)),
                offeredFocusPlaces(promise, form), problems);
        SaveResult result = problems.isEmpty()
                ? management.update(promise.id(), form.getVersion(), content, member) : null;
        if (result == null || !result.saved()) {
            return editForm(promise, form, FieldErrors.of(merge(problems, result), ui), member, model);
        }
        redirect.addFlashAttribute("notice", result.signaturesVoided() ? "editor.savedSignaturesVoided" : "editor.saved");
        return "redirect:/manage/promises/" + promise.id();
    }

    @GetMapping("/manage/promises/{id}")
    String status(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        PromiseView promise = find(id, member);
        // A step redirects here with its notice or refusal as a flash attribute, which is in the model already.
        model.addAttribute("page", new PromiseStatusPage(promise, FieldErrors.of(promise.unfinished(), ui),
                accounts.displayName(member.username()), published.address(promise.content()), member,
                Optional.ofNullable((String) model.getAttribute("notice")),
                Optional.ofNullable((Problem) model.getAttribute("refusal"))));
        return "promises/status";
    }

    @PostMapping("/manage/promises/{id}/sign")
    String sign(@PathVariable PromiseId id, @RequestParam(required = false) Long party, StaffMember member,
                RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        if (party == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return step(promise, redirect, "status.signed",
                () -> management.sign(promise.id(), new OrganisationId(party), member));
    }

    @PostMapping("/manage/promises/{id}/publish")
    String publish(@PathVariable PromiseId id, @RequestParam(defaultValue = "") String publisherName, StaffMember member,
                   RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        return step(promise, redirect, "status.published",
                () -> management.publish(promise.id(), member, publisherName));
    }

    @PostMapping("/manage/promises/{id}/close")
    String close(@PathVariable PromiseId id, StaffMember member, RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        return step(promise, redirect, "status.closedNotice", () -> management.close(promise.id(), member));
    }

    @PostMapping("/manage/promises/{id}/extend")
    String extend(@PathVariable PromiseId id, StaffMember member, RedirectAttributes redirect) {
        PromiseView promise = find(id, member);
        return step(promise, redirect, "status.extended", () -> management.extend(promise.id(), member));
    }

    /** Runs a lifecycle step; a refusal is shown on the status page instead of an error page. */
    private String step(PromiseView promise, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (PromiseRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:/manage/promises/" + promise.id();
    }

    private String newForm(PromiseForm form, FieldErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model);
        return "promises/new";
    }

    private String editForm(PromiseView promise, PromiseForm form, FieldErrors errors, StaffMember editor,
                            Model model) {
        model.addAttribute("page", new PromiseEditPage(promise, form, errors,
                management.parties(PromiseForms.partyIds(form)),
                organisations.all(OrganisationKind.LOCAL_POLICE_AREA), organisations.all(OrganisationKind.MUNICIPALITY),
                organisations.all(OrganisationKind.OTHER_ACTOR),
                editor.organisationsWhere(Role.EDITOR).stream().map(OrganisationId::value).collect(Collectors.toSet()),
                List.copyOf(offeredFocusPlaces(promise, form).values()), currentFocusPlaces(form).keySet(),
                goalWarnings(promise)));
        return "promises/edit";
    }

    /** The warnings of every draft check about the saved working copy, by goal key. */
    private Map<String, List<DraftCheck.Warning>> goalWarnings(PromiseView promise) {
        return draftChecks.orderedStream().flatMap(c -> c.warnings(promise.id(), promise.content()).stream())
                .collect(Collectors.groupingBy(DraftCheck.Warning::goalKey, LinkedHashMap::new, Collectors.toList()));
    }

    /** The focus places of the form's parties as they are now, by name. */
    private Map<Long, PromiseContent.FocusPlaceRef> currentFocusPlaces(PromiseForm form) {
        Map<Long, PromiseContent.FocusPlaceRef> current = new LinkedHashMap<>();
        focusPlaces.forOrganisations(PromiseForms.partyIds(form)).forEach(place ->
                current.put(place.id().value(), new PromiseContent.FocusPlaceRef(place.id().value(), place.name())));
        return current;
    }

    /**
     * What the editor may tick: the parties' focus places under their current names, and those the working
     * copy refers to that are gone (deleted, or of a party no longer in the promise) under the name it froze,
     * so that keeping them is not an error and removing them is the editor's choice.
     */
    private Map<Long, PromiseContent.FocusPlaceRef> offeredFocusPlaces(PromiseView promise, PromiseForm form) {
        Map<Long, PromiseContent.FocusPlaceRef> offered = currentFocusPlaces(form);
        if (promise != null) {
            var c = promise.content();
            c.focusPlaceRefs().forEach(ref -> offered.putIfAbsent(ref.id(), ref));
            c.commitments().forEach(m -> m.focusPlaceRefs().forEach(ref -> offered.putIfAbsent(ref.id(), ref)));
        }
        return offered;
    }

    private void addChoices(Model model) {
        model.addAttribute("policeAreas", organisations.all(OrganisationKind.LOCAL_POLICE_AREA));
        model.addAttribute("municipalities", organisations.all(OrganisationKind.MUNICIPALITY));
        model.addAttribute("otherActors", organisations.all(OrganisationKind.OTHER_ACTOR));
    }

    private PromiseView find(PromiseId id, StaffMember member) {
        return management.find(id, member).orElseThrow(() -> new NotFound("promise"));
    }

    /** Typing problems first; rule problems only for fields that could be read at all. */
    private static List<Problem> merge(List<Problem> typing, SaveResult result) {
        List<Problem> all = new ArrayList<>(typing);
        if (result != null) {
            Set<String> unreadable = typing.stream().map(Problem::field).collect(Collectors.toSet());
            result.problems().stream().filter(p -> !unreadable.contains(p.field())).forEach(all::add);
        }
        return all;
    }
}
