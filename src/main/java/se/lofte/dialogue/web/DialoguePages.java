package se.lofte.dialogue.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.MeetingId;
import se.lofte.dialogue.MeetingInput;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Ui;

/**
 * The staff pages of dialogue meetings: the municipalities to choose from, a municipality's meetings (planned
 * and held) with what to check in their texts, and the form to record, change and delete one. Forms work
 * without JavaScript; a refused form comes back with what was typed and a message at each field.
 */
@Controller
class DialoguePages {

    private static final String BASE = "/manage/dialogue";

    private final DialogueManagement dialogue;

    DialoguePages(DialogueManagement dialogue) {
        this.dialogue = dialogue;
    }

    @GetMapping(BASE)
    String index(StaffMember viewer, Model model) {
        model.addAttribute("municipalities", dialogue.municipalities(viewer));
        return "dialogue/index";
    }

    @GetMapping(BASE + "/municipalities/{municipality}")
    String list(@PathVariable long municipality, @ModelAttribute("ui") Ui ui, StaffMember viewer, Model model) {
        Organisation shown = dialogue.municipality(new OrganisationId(municipality), viewer);
        Instant now = dialogue.now().toInstant();
        List<MeetingRow> rows = dialogue.ofMunicipality(shown.id(), viewer).stream().map(m -> row(m, ui)).toList();
        model.addAttribute("municipality", shown);
        model.addAttribute("planned", rows.stream().filter(r -> !r.meeting().held(now)).toList());
        model.addAttribute("held", rows.stream().filter(r -> r.meeting().held(now)).toList().reversed());
        model.addAttribute("mayChange", dialogue.mayChange(shown.id(), viewer));
        return "dialogue/list";
    }

    @GetMapping(BASE + "/municipalities/{municipality}/new")
    String newForm(@PathVariable long municipality, StaffMember editor, Model model) {
        Organisation shown = editable(new OrganisationId(municipality), editor);
        LocalDate today = dialogue.now().atZoneSameInstant(Dates.SWEDEN).toLocalDate();
        return form(shown, null, MeetingFields.blank(today.toString()), FieldErrors.none(), editor, model);
    }

    @PostMapping(BASE + "/municipalities/{municipality}/new")
    String create(@PathVariable long municipality, @ModelAttribute("form") MeetingFields form,
                  @RequestParam(name = "newPhotoFile", required = false) MultipartFile photo,
                  @ModelAttribute("ui") Ui ui, StaffMember editor, Model model, RedirectAttributes redirect)
            throws IOException {
        Organisation shown = editable(new OrganisationId(municipality), editor);
        return save(shown, null, form, photo, input -> dialogue.record(shown.id(), input, editor), "dialogue.recorded",
                ui, editor, model, redirect);
    }

    @GetMapping(BASE + "/{id}/edit")
    String editForm(@PathVariable long id, StaffMember editor, Model model) {
        Meeting meeting = dialogue.find(new MeetingId(id), editor);
        Organisation shown = editable(meeting.municipality(), editor);
        return form(shown, meeting, MeetingFields.of(meeting), FieldErrors.none(), editor, model);
    }

    @PostMapping(BASE + "/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") MeetingFields form,
                  @RequestParam(name = "newPhotoFile", required = false) MultipartFile photo,
                  @ModelAttribute("ui") Ui ui, StaffMember editor, Model model, RedirectAttributes redirect)
            throws IOException {
        Meeting meeting = dialogue.find(new MeetingId(id), editor);
        Organisation shown = editable(meeting.municipality(), editor);
        return save(shown, meeting, form, photo, input -> dialogue.update(meeting.id(), input, editor),
                "dialogue.saved", ui, editor, model, redirect);
    }

    @GetMapping(BASE + "/{id}/delete")
    String confirmDelete(@PathVariable long id, @ModelAttribute("ui") Ui ui, StaffMember editor, Model model) {
        Meeting meeting = dialogue.find(new MeetingId(id), editor);
        model.addAttribute("municipality", editable(meeting.municipality(), editor));
        model.addAttribute("row", row(meeting, ui));
        return "dialogue/delete";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable long id, StaffMember editor, RedirectAttributes redirect) {
        Meeting meeting = dialogue.find(new MeetingId(id), editor);
        dialogue.delete(meeting.id(), editor);
        redirect.addFlashAttribute("notice", "dialogue.deleted");
        return "redirect:" + BASE + "/municipalities/" + meeting.municipality().value();
    }

    private Organisation editable(OrganisationId municipality, StaffMember editor) {
        Organisation shown = dialogue.municipality(municipality, editor);
        if (!dialogue.mayChange(shown.id(), editor)) {
            throw new NotAllowed("Only editors of the municipality's parties change its meetings");
        }
        return shown;
    }

    /**
     * Saves the form with {@code saving}; back to the list when saved, otherwise the form again with what was
     * typed and the problems at their fields (a chosen photo must be chosen again: browsers never refill files).
     */
    private String save(Organisation municipality, Meeting meeting, MeetingFields form, MultipartFile photo,
                        Function<MeetingInput, Saved<MeetingId>> saving, String notice, Ui ui, StaffMember editor,
                        Model model, RedirectAttributes redirect) throws IOException {
        List<Problem> problems = new ArrayList<>();
        MeetingInput.NewPhoto newPhoto = photo == null || photo.isEmpty() ? null
                : new MeetingInput.NewPhoto(photo.getOriginalFilename(), photo.getBytes(), form.getNewPhotoAlt());
        MeetingInput input = form.toInput(newPhoto, problems);
        if (problems.isEmpty()) {
            Saved<MeetingId> saved = saving.apply(input);
            if (saved.saved()) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + BASE + "/municipalities/" + municipality.id().value();
            }
            problems.addAll(saved.problems());
        }
        return form(municipality, meeting, form, FieldErrors.of(problems, ui), editor, model);
    }

    private String form(Organisation municipality, Meeting meeting, MeetingFields form, FieldErrors errors,
                        StaffMember editor, Model model) {
        model.addAttribute("page", new MeetingFormPage(municipality, Optional.ofNullable(meeting), form, errors,
                dialogue.partiesOf(municipality.id()), dialogue.areas(municipality.id()),
                dialogue.commitments(municipality.id(), editor),
                meeting == null ? List.of() : DialogueManagement.mentions(meeting)));
        return "dialogue/form";
    }

    static MeetingRow row(Meeting m, Ui ui) {
        return new MeetingRow(m, when(m, ui), DialogueManagement.mentions(m));
    }

    /** "12 mars 2027, 18.00–19.30" in the page's language, in Swedish time. */
    static String when(Meeting m, Ui ui) {
        return Dates.day(m.startsAt(), ui.locale()) + ", " + Dates.time(m.startsAt(), ui.locale()) + "–"
                + Dates.time(m.endsAt(), ui.locale());
    }
}
