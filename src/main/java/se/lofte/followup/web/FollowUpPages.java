package se.lofte.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.followup.ChosenEffect;
import se.lofte.followup.FollowUpEffectId;
import se.lofte.followup.FollowUpId;
import se.lofte.followup.FollowUpKind;
import se.lofte.followup.FollowUpManagement;
import se.lofte.followup.FollowUpRefusal;
import se.lofte.followup.FollowUpView;
import se.lofte.followup.ItemKind;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.measures.MeasureView;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Refusal;
import se.lofte.shared.Typed;
import se.lofte.shared.Ui;

/**
 * The staff pages of a promise's joint follow-ups, under the promise's own pages: the list with a form to open one,
 * and each follow-up with its verdicts, the evidence beside them, signing and publishing. Works without JavaScript.
 */
@Controller
class FollowUpPages {

    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d{1,4})]");

    private final FollowUpManagement management;
    private final PublishedPromises published;
    private final Accounts accounts;
    private final MeasureManagement measures;

    FollowUpPages(FollowUpManagement management, PublishedPromises published, Accounts accounts,
                  MeasureManagement measures) {
        this.management = management;
        this.published = published;
        this.accounts = accounts;
        this.measures = measures;
    }

    @GetMapping("/manage/promises/{id}/followups")
    String list(@PathVariable PromiseId id, StaffMember member, Model model) {
        PublishedRevision latest = management.publishedPromise(id, member);
        return list(latest, null, null, FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/promises/{id}/followups")
    String open(@PathVariable PromiseId id, @RequestParam(required = false) String year,
                @RequestParam(required = false) String kind, @ModelAttribute("ui") Ui ui, StaffMember member,
                Model model, RedirectAttributes redirect) {
        PublishedRevision latest = management.publishedPromise(id, member);
        var opened = management.open(id, Typed.integer(year), parseKind(kind), member);
        if (!opened.saved()) {
            return list(latest, year, kind, FieldErrors.of(opened.problems(), ui), member, model);
        }
        redirect.addFlashAttribute("notice", "followup.opened");
        return "redirect:/manage/promises/" + id + "/followups/" + opened.id();
    }

    @GetMapping("/manage/promises/{id}/followups/{followUp}")
    String followUp(@PathVariable PromiseId id, @PathVariable FollowUpId followUp, StaffMember member, Model model) {
        FollowUpView view = find(id, followUp, member);
        return page(view, FollowUpForm.of(view), FieldErrors.none(), member, model);
    }

    @PostMapping("/manage/promises/{id}/followups/{followUp}")
    String save(@PathVariable PromiseId id, @PathVariable FollowUpId followUp,
                @ModelAttribute("form") FollowUpForm form, @ModelAttribute("ui") Ui ui, StaffMember member,
                Model model, RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        if (!management.mayEdit(view.latest(), member)) {
            throw new NotAllowed("Only the promise's editors assess its follow-ups");
        }
        List<Problem> typing = new ArrayList<>();
        var assessed = form.assessments(view, typing);
        var saved = typing.isEmpty() ? management.save(view.id(), form.getVersion(), assessed, member) : null;
        if (saved == null || !saved.saved()) {
            List<Problem> problems = new ArrayList<>(typing);
            if (saved != null) {
                problems.addAll(saved.problems());
            }
            return page(view, form, errors(problems, view, ui), member, model);
        }
        redirect.addFlashAttribute("notice", saved.signaturesVoided() ? "followup.savedVoided" : "followup.saved");
        return "redirect:" + base(view);
    }

    @PostMapping("/manage/promises/{id}/followups/{followUp}/sign")
    String sign(@PathVariable PromiseId id, @PathVariable FollowUpId followUp,
                @RequestParam(required = false) Long party, StaffMember member, RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        if (party == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return step(view, redirect, "followup.signed",
                () -> management.sign(view.id(), new OrganisationId(party), member));
    }

    @PostMapping("/manage/promises/{id}/followups/{followUp}/publish")
    String publish(@PathVariable PromiseId id, @PathVariable FollowUpId followUp,
                   @RequestParam(defaultValue = "") String publisherName, StaffMember member,
                   RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        return step(view, redirect, "followup.published",
                () -> management.publish(view.id(), member, publisherName));
    }

    /**
     * Keeps a "did it work" comparison of a finished measure (the offer its button names, with the commitment, focus
     * place and days the page offered) as evidence on the commitment. The verdicts' form comes along, since the
     * offer's fields stand in it: what was typed there and not yet saved is shown again as typed, never lost.
     * Problems with the comparison are told at the offer's fields; a measure no longer offered or a follow-up no
     * longer open is a refusal.
     */
    @PostMapping("/manage/promises/{id}/followups/{followUp}/effects")
    String addEffect(@PathVariable PromiseId id, @PathVariable FollowUpId followUp,
                     @ModelAttribute("form") FollowUpForm form, @RequestParam(defaultValue = "-1") int offer,
                     WebRequest request, @ModelAttribute("ui") Ui ui, StaffMember member, Model model,
                     RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        if (!management.mayEdit(view.latest(), member)) {
            throw new NotAllowed("Only the promise's editors choose the follow-up's evidence");
        }
        List<EffectLink> links = effects(view, member);
        var offered = FollowUpPage.offers(view, links).stream().filter(o -> o.number() == offer
                && o.commitmentKey().equals(request.getParameter(o.field("commitment")))
                && Long.toString(o.link().focusPlaceId()).equals(request.getParameter(o.field("place")))
                && o.link().start().toString().equals(request.getParameter(o.field("from")))
                && o.link().end().toString().equals(request.getParameter(o.field("to")))).findFirst();
        if (offered.isEmpty()) {
            return afterEffectChange(view, form, Optional.of(Problem.of("followUp", "followup.refusal.effectMeasureGone")),
                    null, member, model, redirect);
        }
        var o = offered.get();
        String control = request.getParameter(o.field("control"));
        String buffer = request.getParameter(o.field("buffer"));
        String category = request.getParameter(o.field("category"));
        try {
            var saved = management.addEffect(view.id(), o.commitmentKey(), o.link().focusPlaceId(), o.link().start(),
                    o.link().end(), control, buffer, category, member);
            if (!saved.saved()) {
                var problems = saved.problems().stream().map(p -> new Problem(o.field(p.field()), p.code(), p.args()))
                        .toList();
                var heading = rowHeading(view, o.commitmentKey());
                return page(view, form, FieldErrors.of(problems, ui, field -> heading == null ? null
                                : ui.t(heading.section(), heading.number())),
                        Optional.of(new EffectTyped(o.number(), control, buffer, category)), links, member, model);
            }
            return afterEffectChange(view, form, Optional.empty(), "followup.effect.added", member, model, redirect);
        } catch (Refusal refusal) {
            return afterEffectChange(view, form, Optional.of(refusal.problem()), null, member, model, redirect);
        }
    }

    @PostMapping("/manage/promises/{id}/followups/{followUp}/effects/{effect}/remove")
    String removeEffect(@PathVariable PromiseId id, @PathVariable FollowUpId followUp,
                        @PathVariable FollowUpEffectId effect, @ModelAttribute("form") FollowUpForm form,
                        StaffMember member, Model model, RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        try {
            management.removeEffect(view.id(), effect, member);
            return afterEffectChange(view, form, Optional.empty(), "followup.effect.removed", member, model, redirect);
        } catch (Refusal refusal) {
            return afterEffectChange(view, form, Optional.of(refusal.problem()), null, member, model, redirect);
        }
    }

    /**
     * After a comparison was kept or removed (or refused): back to the follow-up, by a redirect when the verdicts
     * sent along are the ones saved, else on this answer with the verdicts as typed, so they can still be saved. Their
     * version moves with the comparison's own change only: if someone else saved meanwhile, saving them is refused as
     * any late save is, and what was typed still stands.
     */
    private String afterEffectChange(FollowUpView before, FollowUpForm typed, Optional<Problem> refusal,
                                     String notice, StaffMember member, Model model, RedirectAttributes redirect) {
        // A request without the verdicts' rows (not from the page) changes none of them.
        if (!typed.getRows().isEmpty() && !typed.sameVerdicts(FollowUpForm.of(before))) {
            FollowUpView after = find(before.latest().promiseId(), before.id(), member);
            if (typed.getVersion() == before.version()) {
                typed.setVersion(after.version());
            }
            model.addAttribute("notice", notice == null ? null : notice + "Unsaved");
            model.addAttribute("refusal", refusal.orElse(null));
            return page(after, typed, FieldErrors.none(), member, model);
        }
        refusal.ifPresent(r -> redirect.addFlashAttribute("refusal", r));
        if (notice != null) {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:" + base(before);
    }

    @GetMapping("/manage/promises/{id}/followups/{followUp}/next-year")
    String nextYear(@PathVariable PromiseId id, @PathVariable FollowUpId followUp, StaffMember member, Model model) {
        FollowUpView view = find(id, followUp, member);
        try {
            model.addAttribute("page", new NextYearPage(view, management.nextYear(view.id(), member),
                    management.mayEdit(view.latest(), member),
                    Optional.ofNullable((String) model.getAttribute("notice")),
                    Optional.ofNullable((Problem) model.getAttribute("refusal"))));
        } catch (FollowUpRefusal refusal) {
            throw new NotFound("published year-end follow-up");
        }
        return "followup/nextyear";
    }

    /**
     * Makes next year's draft ("Nästa års löfte") and shows what was carried over; a refusal (the year has a promise
     * already) is shown on the same page, which links to that promise.
     */
    @PostMapping("/manage/promises/{id}/followups/{followUp}/next-year")
    String makeNextYear(@PathVariable PromiseId id, @PathVariable FollowUpId followUp, StaffMember member,
                        RedirectAttributes redirect) {
        FollowUpView view = find(id, followUp, member);
        try {
            management.makeNextYear(view.id(), member);
            redirect.addFlashAttribute("notice", "followup.nextYear.made");
        } catch (FollowUpRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problem());
            if ("followup.refusal.nextYearNotPublished".equals(refusal.problem().code())) {
                return "redirect:" + base(view);
            }
        }
        return "redirect:" + base(view) + "/next-year";
    }

    /** Runs a step; a refusal is shown on the follow-up's page instead of an error page. */
    private String step(FollowUpView view, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (Refusal refusal) {
            // The follow-up's own refusals and the promise's, which publishing the follow-up as a revision may meet.
            redirect.addFlashAttribute("refusal", refusal.problem());
        }
        return "redirect:" + base(view);
    }

    private String list(PublishedRevision latest, String year, String kind, FieldErrors errors, StaffMember member,
                        Model model) {
        model.addAttribute("page", new FollowUpListPage(latest, management.forPromise(latest.promiseId(), member),
                FollowUpManagement.years(latest.content()), management.mayEdit(latest, member), year, kind, errors));
        return "followup/list";
    }

    private String page(FollowUpView view, FollowUpForm form, FieldErrors errors, StaffMember member, Model model) {
        return page(view, form, errors, Optional.empty(), effects(view, member), member, model);
    }

    private String page(FollowUpView view, FollowUpForm form, FieldErrors errors, Optional<EffectTyped> typed,
                        List<EffectLink> links, StaffMember member, Model model) {
        var content = view.latest().content();
        var chosen = management.effects(view);
        model.addAttribute("page", new FollowUpPage(view, form, errors, management.evidence(view),
                management.mayEdit(view.latest(), member),
                content.parties().stream().filter(p -> member.has(Role.SIGNATORY, p.id())).toList(),
                published.address(content).orElse(null), names(view, chosen), accounts.displayName(member.username()),
                Optional.ofNullable((String) model.getAttribute("notice")),
                Optional.ofNullable((Problem) model.getAttribute("refusal")), links, chosen,
                management.effectPlaces(view), typed));
        return "followup/followup";
    }

    /** The measures at a focus place that ended before today, within the follow-up's days. */
    private List<EffectLink> effects(FollowUpView view, StaffMember member) {
        LocalDate today = measures.today();
        List<EffectLink> links = new ArrayList<>();
        for (MeasureView m : measures.ofPromise(view.latest().promiseId(), member)) {
            LocalDate end = m.end() == null ? m.start() : m.end();
            // A focus place deleted since has no name and nothing left to count.
            if (m.place() instanceof MeasurePlace.AtFocusPlace f && m.placeName() != null && end.isBefore(today)
                    && !m.outsidePeriod() && view.overlaps(m.start(), end)) {
                links.add(new EffectLink(m.commitmentKeys(), f.id(), m.placeName(), m.start(), end));
            }
        }
        return links;
    }

    /** The people the page names: who signed, and who added each comparison. */
    private Map<String, String> names(FollowUpView view, List<ChosenEffect> chosen) {
        Map<String, String> names = new HashMap<>();
        view.signatures().forEach(s -> names.computeIfAbsent(s.signedBy(), accounts::displayName));
        chosen.forEach(c -> names.computeIfAbsent(c.stored().createdBy(), accounts::displayName));
        return names;
    }

    /** The follow-up, when it is one of this promise's; refused for staff of other organisations. */
    private FollowUpView find(PromiseId id, FollowUpId followUp, StaffMember member) {
        management.publishedPromise(id, member);
        return management.find(followUp, member).filter(f -> f.latest().promiseId().equals(id))
                .orElseThrow(() -> new NotFound("follow-up"));
    }

    private static String base(FollowUpView view) {
        return "/manage/promises/" + view.latest().promiseId() + "/followups/" + view.id();
    }

    /** The heading of the commitment's row, or null when the follow-up has no such row. */
    private static FollowUpPage.Heading rowHeading(FollowUpView view, String commitment) {
        for (int i = 0; i < view.rows().size(); i++) {
            var row = view.rows().get(i);
            if (row.kind() == ItemKind.COMMITMENT && row.key().equals(commitment)) {
                return FollowUpPage.heading(view, i);
            }
        }
        return null;
    }

    /** The form's problems, each named in the error summary by the commitment or goal its row is about. */
    private static FieldErrors errors(List<Problem> problems, FollowUpView view, Ui ui) {
        return FieldErrors.of(problems, ui, field -> {
            var row = ROW.matcher(field);
            if (!row.find()) {
                return null;
            }
            int index = Integer.parseInt(row.group(1));
            if (index >= view.rows().size()) {
                return null;
            }
            var heading = FollowUpPage.heading(view, index);
            return ui.t(heading.section(), heading.number());
        });
    }

    private static FollowUpKind parseKind(String kind) {
        for (FollowUpKind k : FollowUpKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
