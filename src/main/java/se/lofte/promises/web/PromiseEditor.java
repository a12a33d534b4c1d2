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
import org.springframework.http.ResponseEntity;
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
 * whole text. Its "add" and "remove" buttons save what is typed and re-render it with the row added or
 * removed, so it works without JavaScript and an editor who leaves after adding a block loses nothing; with
 * JavaScript the page also sends its typing every few seconds ({@link EditorDrafts}) and warns before leaving.
 */
@Controller
class PromiseEditor {

    private final PromiseManagement management;
    private final Organisations organisations;
    private final Accounts accounts;
    private final PublishedPromises published;
    private final FocusPlaces focusPlaces;
    private final ObjectProvider<DraftCheck> draftChecks;
    private final EditorDrafts drafts;

    PromiseEditor(PromiseManagement management, Organisations organisations, Accounts accounts,
                  PublishedPromises published, FocusPlaces focusPlaces, ObjectProvider<DraftCheck> draftChecks,
                  EditorDrafts drafts) {
        this.management = management;
        this.organisations = organisations;
        this.accounts = accounts;
        this.published = published;
        this.focusPlaces = focusPlaces;
        this.draftChecks = draftChecks;
        this.drafts = drafts;
    }

    @GetMapping("/manage/promises")
    String list(StaffMember member, Model model) {
        model.addAttribute("promises", management.list(member));
        return "promises/list";
    }

    @GetMapping("/manage/promises/new")
    String newPromise(StaffMember member, Model model) {
        PromiseForm form = PromiseForms.blank();
        // One's own organisation, when it is the only choice, is chosen already.
        var choices = PartyChoices.of(member, organisations, form);
        if (choices.policeAreas().size() == 1) {
            form.setPoliceId(choices.policeAreas().getFirst().id().value());
        }
        if (choices.municipalities().size() == 1) {
            form.setMunicipalityId(choices.municipalities().getFirst().id().value());
        }
        return newForm(form, FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/promises/new")
    String create(@ModelAttribute("form") PromiseForm form, @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        List<Problem> problems = new ArrayList<>();
        var content = PromiseForms.toContent(form, management.parties(PromiseForms.partyIds(form)),
                offeredFocusPlaces(null, form), problems);
        SaveResult result = problems.isEmpty() ? management.create(content, member) : null;
        if (result == null || !result.saved()) {
            return newForm(form, errors(merge(problems, result), ui), member, model);
        }
        return "redirect:/manage/promises/" + result.id() + "/edit";
    }

    /**
     * The working copy as saved, with an offer of this editor's unsaved typing when there is any; with
     * {@code restore} that typing itself, to look over and save.
     */
    @GetMapping("/manage/promises/{id}/edit")
    String edit(@PathVariable PromiseId id, @RequestParam(defaultValue = "false") boolean restore,
                @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        PromiseView promise = find(id, member);
        PromiseForm saved = PromiseForms.fromContent(promise.content(), promise.version(), ui.locale());
        Optional<UnsavedTyping> kept = drafts.find(id, member.username());
        if (kept.isPresent() && EditorDrafts.sameTyping(kept.get().form(), saved)) {
            drafts.discard(id, member.username());
            kept = Optional.empty();
        }
        if (restore && kept.isPresent()) {
            PromiseForm typed = kept.get().form();
            // Saved over the current version: the editor chose to bring the typing back, and is told below
            // when a colleague has saved since it began.
            boolean savedSince = typed.getVersion() != promise.version();
            typed.setVersion(promise.version());
            return editForm(promise, typed, FieldErrors.none(), member, model,
                    EditorNotice.restored(kept.get().savedAt(), savedSince), null);
        }
        return editForm(promise, saved, FieldErrors.none(), member, model, null, kept.orElse(null));
    }

    /** The page's unsaved typing, sent while the editor writes; nothing is checked or saved in the promise. */
    @PostMapping("/manage/promises/{id}/draft")
    ResponseEntity<Void> keepDraft(@PathVariable PromiseId id, @ModelAttribute("form") PromiseForm form,
                                   StaffMember member) {
        management.requireEditor(find(id, member), member);
        drafts.keep(id, member.username(), form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/manage/promises/{id}/draft/discard")
    String discardDraft(@PathVariable PromiseId id, StaffMember member) {
        find(id, member);
        drafts.discard(id, member.username());
        return "redirect:/manage/promises/" + id + "/edit";
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
        // A row is removed before saving and added after, so that the blank new row is shown but not saved.
        boolean adding = action.startsWith("add-");
        if (!"save".equals(action) && !adding) {
            FormRows.apply(action, form);
        }
        form.dropBlankRows();
        var content = PromiseForms.toContent(form, management.parties(PromiseForms.partyIds(form)),
                offeredFocusPlaces(promise, form), problems);
        SaveResult result = problems.isEmpty()
                ? management.update(promise.id(), form.getVersion(), content, member) : null;
        if (result != null && result.saved()) {
            drafts.discard(promise.id(), member.username());
        }
        if ("save".equals(action)) {
            if (result == null || !result.saved()) {
                return editForm(promise, form, errors(merge(problems, result), ui), member, model, null, null);
            }
            redirect.addFlashAttribute("notice",
                    result.signaturesVoided() ? "editor.savedSignaturesVoided" : "editor.saved");
            return "redirect:/manage/promises/" + promise.id();
        }
        if (adding) {
            FormRows.apply(action, form);
        }
        if (result == null || !result.saved()) {
            return editForm(promise, form, errors(merge(problems, result), ui), member, model,
                    EditorNotice.notSaved(), null);
        }
        PromiseView now = find(id, member);
        form.setVersion(now.version());
        return editForm(now, form, FieldErrors.none(), member, model, EditorNotice.saved(result.signaturesVoided()),
                null);
    }

    @GetMapping("/manage/promises/{id}")
    String status(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        PromiseView promise = find(id, member);
        // A step redirects here with its notice or refusal as a flash attribute, which is in the model already.
        model.addAttribute("page", new PromiseStatusPage(promise, errors(promise.unfinished(), ui),
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

    private String newForm(PromiseForm form, FieldErrors errors, StaffMember editor, Model model) {
        var choices = PartyChoices.of(editor, organisations, form);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("policeAreas", choices.policeAreas());
        model.addAttribute("municipalities", choices.municipalities());
        model.addAttribute("otherActors", organisations.all(OrganisationKind.OTHER_ACTOR));
        return "promises/new";
    }

    private String editForm(PromiseView promise, PromiseForm form, FieldErrors errors, StaffMember editor,
                            Model model, EditorNotice notice, UnsavedTyping unsaved) {
        var choices = PartyChoices.of(editor, organisations, form);
        model.addAttribute("page", new PromiseEditPage(promise, form, errors, notice, unsaved,
                management.parties(PromiseForms.partyIds(form)), choices.policeAreas(), choices.municipalities(),
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


    private PromiseView find(PromiseId id, StaffMember member) {
        return management.find(id, member).orElseThrow(() -> new NotFound("promise"));
    }

    /** The form's problems, each named in the error summary by the row it is in. */
    private static FieldErrors errors(List<Problem> problems, Ui ui) {
        return FieldErrors.of(problems, ui, field -> FormPlaces.of(field, ui));
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
