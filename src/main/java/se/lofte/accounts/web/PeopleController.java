package se.lofte.accounts.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.AccountId;
import se.lofte.accounts.Invitation;
import se.lofte.accounts.InvitationResult;
import se.lofte.accounts.PeopleManagement;
import se.lofte.accounts.Person;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.SiteAddress;
import se.lofte.shared.Ui;

/**
 * The people pages: everyone the signed-in administrator may manage, one person's roles, and the
 * invitation form. What each may do is decided by {@link PeopleManagement}, which answers 403 for the
 * rest, also when a form names an organisation the administrator does not manage.
 */
@Controller
@RequestMapping("/manage/accounts")
class PeopleController {

    private final PeopleManagement people;
    private final Organisations organisations;
    private final SiteAddress site;

    PeopleController(PeopleManagement people, Organisations organisations, LofteProperties properties) {
        this.people = people;
        this.organisations = organisations;
        this.site = properties.site();
    }

    @GetMapping
    String list(StaffMember staff, Model model) {
        List<Person> visible = people.visibleTo(staff);
        model.addAttribute("people", visible);
        model.addAttribute("systemAdmin", staff.systemAdmin());
        model.addAttribute("names", names(visible.stream().flatMap(p -> p.organisations().stream()).toList()));
        return "accounts/people";
    }

    @GetMapping("/invite")
    String inviteForm(StaffMember staff, Model model) {
        List<Organisation> choices = people.manageableOrganisations(staff);
        Long only = choices.size() == 1 ? choices.getFirst().id().value() : null;
        return inviteForm(model, choices, "", "", only, Set.of(), FieldErrors.none());
    }

    @PostMapping("/invite")
    String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) Long organisation,
                  @RequestParam(name = "roles", required = false) Set<Role> roles, @ModelAttribute("ui") Ui ui,
                  StaffMember staff, Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? Set.of() : roles;
        var invitation = new Invitation(email, displayName,
                organisation == null ? null : new OrganisationId(organisation), chosen);
        InvitationResult result = people.invite(invitation, staff);
        if (result instanceof InvitationResult.Refused refused) {
            return inviteForm(model, people.manageableOrganisations(staff), email, displayName, organisation, chosen,
                    FieldErrors.of(refused.problems(), ui));
        }
        return afterInvitation(result, redirect);
    }

    @GetMapping("/{id}")
    String person(@PathVariable AccountId id, StaffMember staff, Model model) {
        Person person = people.find(id, staff)
                .orElseThrow(() -> new NotFound("person"));
        List<Organisation> manageable = people.manageableOrganisations(staff);
        Set<OrganisationId> shown = new HashSet<>(person.organisations());
        if (!staff.systemAdmin()) {
            // An organisation administrator sees a fieldset for each of their organisations.
            manageable.forEach(o -> shown.add(o.id()));
        }
        model.addAttribute("person", person);
        model.addAttribute("organisations", organisations.findAll(shown).stream()
                .sorted(Comparator.comparing(Organisation::name)).toList());
        model.addAttribute("manageable", manageable.stream().map(Organisation::id).collect(Collectors.toSet()));
        model.addAttribute("otherChoices", staff.systemAdmin() ? manageable : List.of());
        model.addAttribute("systemAdminView", staff.systemAdmin());
        return "accounts/person";
    }

    @PostMapping("/{id}/roles")
    String setRoles(@PathVariable AccountId id, @RequestParam long organisation,
                    @RequestParam(name = "roles", required = false) Set<Role> roles, StaffMember member,
                    RedirectAttributes redirect) {
        var organisationId = new OrganisationId(organisation);
        List<Problem> problems = people.setRoles(id, organisationId,
                roles == null ? EnumSet.noneOf(Role.class) : roles, member);
        redirect.addFlashAttribute("notice", problems.isEmpty()
                ? Notice.success("acc.notice.rolesSaved", names(List.of(organisationId)).get(organisationId))
                : Notice.failure(problems.getFirst().code()));
        return "redirect:/manage/accounts/" + id;
    }

    @PostMapping("/{id}/system-admin")
    String setSystemAdmin(@PathVariable AccountId id, @RequestParam(defaultValue = "false") boolean systemAdmin,
                          StaffMember member, RedirectAttributes redirect) {
        List<Problem> problems = people.setSystemAdmin(id, systemAdmin, member);
        redirect.addFlashAttribute("notice", problems.isEmpty() ? Notice.success("acc.notice.systemAdminSaved")
                : Notice.failure(problems.getFirst().code()));
        return "redirect:/manage/accounts/" + id;
    }

    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable AccountId id, StaffMember member, RedirectAttributes redirect) {
        return afterInvitation(people.resendInvitation(id, member), redirect);
    }

    private String afterInvitation(InvitationResult result, RedirectAttributes redirect) {
        return switch (result) {
            case InvitationResult.Sent sent -> {
                redirect.addFlashAttribute("notice", Notice.success("acc.notice.sent", sent.email()));
                yield "redirect:/manage/accounts/" + sent.id();
            }
            case InvitationResult.NotSent notSent -> {
                redirect.addFlashAttribute("notice",
                        Notice.failureWithLink(notSent.link(), "acc.notice.notSent", notSent.email(),
                                String.valueOf(notSent.reason())));
                yield "redirect:/manage/accounts/" + notSent.id();
            }
            case InvitationResult.RolesAdded added -> {
                redirect.addFlashAttribute("notice", Notice.success("acc.notice.rolesAdded", added.email()));
                yield "redirect:/manage/accounts/" + added.id();
            }
            case InvitationResult.AlreadyActive active -> {
                redirect.addFlashAttribute("notice", Notice.failure("acc.notice.alreadyActive", active.name()));
                yield "redirect:/manage/accounts/" + active.id();
            }
            case InvitationResult.Refused refused -> throw new IllegalStateException("A refusal re-shows the form");
        };
    }

    private String inviteForm(Model model, List<Organisation> choices, String email, String displayName,
                              Long organisation, Set<Role> roles, FieldErrors errors) {
        model.addAttribute("choices", choices);
        model.addAttribute("email", email);
        model.addAttribute("displayName", displayName);
        model.addAttribute("organisation", organisation);
        model.addAttribute("roles", roles);
        model.addAttribute("errors", errors);
        model.addAttribute("site", site.base());
        return "accounts/invite";
    }

    private Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        return organisations.findAll(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
