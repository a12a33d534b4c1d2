package se.lofte.accounts.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiToken;
import se.lofte.accounts.ApiTokenId;
import se.lofte.accounts.ApiTokens;
import se.lofte.accounts.StaffMember;
import se.lofte.accounts.TokenIssue;
import se.lofte.accounts.TokenPage;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * Staff pages for API tokens: the list with last use and a revoke button per token, the form that makes
 * one, and the page that shows its secret once. That page is the answer to the form's POST, not a
 * redirect, so the secret never passes through the session (which lives in the database).
 */
@Controller
@RequestMapping("/manage/accounts/tokens")
class TokenPages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** The expiry offered when the form opens: long enough for a season's imports, short enough to be renewed. */
    private static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;

    TokenPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, StaffMember member, @ModelAttribute("ui") Ui ui,
                Model model) {
        StaffMember staff = manager(member);
        Map<OrganisationId, String> names = organisationNames(staff);
        OffsetDateTime now = OffsetDateTime.now();
        TokenPage shown = tokens.visibleTo(staff, page);
        model.addAttribute("tokens", shown.tokens().stream().map(t -> row(t, names, now, ui)).toList());
        model.addAttribute("page", shown.page());
        model.addAttribute("pages", shown.pages());
        return "accounts/tokens";
    }

    @GetMapping("/new")
    String newToken(StaffMember member, Model model) {
        StaffMember staff = manager(member);
        List<Organisation> choices = tokens.manageableOrganisations(staff);
        String organisation = choices.size() == 1 ? choices.getFirst().id().toString() : "";
        return form(model, choices, new TokenForm("", organisation, Set.of(),
                LocalDate.now(Dates.SWEDEN).plusDays(DEFAULT_DAYS).toString()), FieldErrors.none());
    }

    @PostMapping("/new")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String organisation,
                  @RequestParam(name = "scope", required = false) List<String> scopes,
                  @RequestParam(defaultValue = "") String expires, StaffMember member, @ModelAttribute("ui") Ui ui,
                  Model model, HttpServletResponse response) {
        StaffMember staff = manager(member);
        List<Organisation> choices = tokens.manageableOrganisations(staff);
        var form = new TokenForm(name, organisation, scopes == null ? Set.of() : Set.copyOf(scopes), expires);
        Optional<LocalDate> expiry = parseDate(expires);
        Set<ApiScope> chosen = form.scopes().stream().map(s -> ApiScope.of(s).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
        OrganisationId organisationId = organisation.isBlank() ? null : choices.stream()
                .map(Organisation::id).filter(id -> id.toString().equals(organisation)).findFirst()
                // The form offers only organisations the person manages; anything else was not chosen there.
                .orElseThrow(() -> new NotAllowed("Not an organisation whose tokens the person manages"));
        TokenIssue issue = tokens.issue(staff, name, organisationId, chosen, expiry.orElse(null));
        if (issue instanceof TokenIssue.Refused refused) {
            // A date that does not parse reaches the rules as missing: say what is wrong with it instead.
            boolean unreadableDate = expiry.isEmpty() && !expires.isBlank();
            List<Problem> problems = refused.problems().stream()
                    .map(p -> unreadableDate && p.field().equals("expires") ? Problem.of("expires", "problem.date") : p)
                    .toList();
            return form(model, choices, form, FieldErrors.of(problems, ui));
        }
        var issued = (TokenIssue.Issued) issue;
        model.addAttribute("token", row(issued.token(), organisationNames(staff), OffsetDateTime.now(), ui));
        model.addAttribute("secret", issued.secret());
        model.addAttribute("apiBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        response.setHeader("Cache-Control", "no-store");
        return "accounts/tokenCreated";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable ApiTokenId id, StaffMember member, RedirectAttributes redirect) {
        StaffMember staff = manager(member);
        if (!tokens.revoke(staff, id)) {
            throw new NotFound("token");
        }
        redirect.addFlashAttribute("notice", "token.notice.revoked");
        return "redirect:/manage/accounts/tokens";
    }

    private String form(Model model, List<Organisation> choices, TokenForm form, FieldErrors errors) {
        model.addAttribute("choices", choices);
        model.addAttribute("scopes", List.of(ApiScope.values()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(Dates.SWEDEN).plusDays(1).toString());
        return "accounts/tokenForm";
    }

    /** The signed-in person, if they may manage tokens of at least one organisation. */
    private StaffMember manager(StaffMember staff) {
        if (!tokens.managesAny(staff)) {
            throw new NotAllowed("Manages the tokens of no organisation");
        }
        return staff;
    }

    private Map<OrganisationId, String> organisationNames(StaffMember staff) {
        return tokens.manageableOrganisations(staff).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static TokenRow row(ApiToken t, Map<OrganisationId, String> names, OffsetDateTime now, Ui ui) {
        return new TokenRow(t.id().value(), t.name(), names.getOrDefault(t.organisation(), t.organisation().toString()),
                t.scopes().stream().sorted().map(s -> ui.t("token.scope." + s.name())).toList(),
                Dates.day(t.createdAt(), ui.locale()), t.createdBy(), Dates.day(t.expiresAt(), ui.locale()),
                t.lastUsedAt() == null ? ui.t("token.neverUsed") : Dates.day(t.lastUsedAt(), ui.locale()) + " "
                        + TIME.format(t.lastUsedAt().atZoneSameInstant(Dates.SWEDEN)),
                t.status(now));
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
