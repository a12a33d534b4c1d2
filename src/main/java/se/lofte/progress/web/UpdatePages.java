package se.lofte.progress.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.StaffUpdate;
import se.lofte.progress.UpdateId;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotFound;
import se.lofte.shared.Ui;

/**
 * Writing, publishing, editing and withdrawing updates for residents, and the texts that carry one to
 * social media and the press, ready to copy.
 */
@Controller
class UpdatePages {

    private final ProgressUpdates updates;
    private final PromiseManagement promises;
    private final PublishedPromises published;

    UpdatePages(ProgressUpdates updates, PromiseManagement promises, PublishedPromises published) {
        this.updates = updates;
        this.promises = promises;
        this.published = published;
    }

    @GetMapping("/manage/progress/promises/{id}/updates/new")
    String newUpdate(@PathVariable PromiseId id, StaffMember member, Model model) {
        // Updates are about published promises: 404 for a promise never published.
        PublishedRevision revision = promises.published(id, member);
        UpdateForm form = new UpdateForm();
        var parties = updates.writableParties(revision.promiseId(), member);
        if (!parties.isEmpty()) {
            form.setParty(parties.getFirst().id().value());
        }
        return form(revision, null, form, FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/progress/promises/{id}/updates/new")
    String write(@PathVariable PromiseId id, @ModelAttribute("form") UpdateForm form, @ModelAttribute("ui") Ui ui,
                 StaffMember member, Model model, RedirectAttributes redirect) {
        PublishedRevision revision = promises.published(id, member);
        var saved = updates.write(revision.promiseId(), form.toText(), member);
        if (!saved.saved()) {
            return form(revision, null, form, FieldErrors.of(saved.problems(), ui), member, model);
        }
        return toUpdate(saved.id(), "progress.update.savedDraft", redirect);
    }

    @GetMapping("/manage/progress/updates/{id}")
    String update(@PathVariable UpdateId id, StaffMember member, Model model) {
        StaffUpdate update = find(id, member);
        return form(revision(update.promise()), update, UpdateForm.of(update), FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/progress/updates/{id}")
    String edit(@PathVariable UpdateId id, @ModelAttribute("form") UpdateForm form, @ModelAttribute("ui") Ui ui,
                StaffMember member, Model model, RedirectAttributes redirect) {
        StaffUpdate update = find(id, member);
        var saved = updates.edit(update.id(), form.toText(), member);
        if (!saved.saved()) {
            return form(revision(update.promise()), update, form, FieldErrors.of(saved.problems(), ui), member,
                    model);
        }
        return toUpdate(update.id(), "progress.update.saved", redirect);
    }

    @PostMapping("/manage/progress/updates/{id}/publish")
    String publish(@PathVariable UpdateId id, StaffMember member, RedirectAttributes redirect) {
        StaffUpdate update = find(id, member);
        updates.publish(update.id(), member);
        return toUpdate(update.id(), "progress.update.publishedNotice", redirect);
    }

    @PostMapping("/manage/progress/updates/{id}/withdraw")
    String withdraw(@PathVariable UpdateId id, StaffMember member, RedirectAttributes redirect) {
        StaffUpdate update = find(id, member);
        updates.withdraw(update.id(), member);
        return toUpdate(update.id(), "progress.update.withdrawnNotice", redirect);
    }

    /** The update's page after a post, with a notice of what was done (post/redirect/get). */
    private static String toUpdate(UpdateId id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/manage/progress/updates/" + id;
    }

    private String form(PublishedRevision revision, StaffUpdate update, UpdateForm form, FieldErrors errors,
                        StaffMember member, Model model) {
        model.addAttribute("page", new ProgressUpdatePage(revision, Optional.ofNullable(update), form, errors,
                updates.writableParties(revision.promiseId(), member),
                Optional.ofNullable(update).map(updates::announcement),
                // A save redirects here with its notice as a flash attribute, which is in the model already.
                Optional.ofNullable((String) model.getAttribute("notice"))));
        return "progress/update";
    }

    private PublishedRevision revision(PromiseId id) {
        return published.latest(id).orElseThrow(() -> new NotFound("published promise"));
    }

    private StaffUpdate find(UpdateId id, StaffMember member) {
        return updates.find(id, member).orElseThrow(() -> new NotFound("update"));
    }
}
