package se.lofte.accounts.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.LinkHolder;
import se.lofte.accounts.PasswordChange;
import se.lofte.accounts.PasswordLinks;
import se.lofte.shared.EmailAddresses;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * The pages behind the links in e-mails (accepting an invitation, choosing a new password) and the
 * "forgot your password" form. Open to everyone: the link's token is the proof. A refused password is
 * never written back into the page; the person types it again.
 */
@Controller
@RequestMapping("/konto")
class PasswordPages {

    private final PasswordLinks links;

    PasswordPages(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/inbjudan/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return passwordForm(links.invitee(token), Kind.INVITATION, token, FieldErrors.none(), model, response);
    }

    @PostMapping("/inbjudan/{token}")
    String acceptInvitation(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                            @RequestParam(defaultValue = "") String passwordRepeat, @ModelAttribute("ui") Ui ui,
                            Model model, HttpServletResponse response) {
        return afterChange(links.acceptInvitation(token, password, passwordRepeat), links.invitee(token),
                Kind.INVITATION, token, ui, model, response);
    }

    @GetMapping("/glomt-losenord")
    String forgotForm(Model model) {
        return forgotForm("", FieldErrors.none(), model);
    }

    @PostMapping("/glomt-losenord")
    String requestReset(@RequestParam(defaultValue = "") String email, @ModelAttribute("ui") Ui ui, Model model,
                        RedirectAttributes redirect) {
        String address = email.strip();
        Optional<Problem> invalid = address.isEmpty()
                ? Optional.of(Problem.of("email", "acc.problem.ownEmailRequired"))
                : EmailAddresses.problem("email", address);
        if (invalid.isPresent()) {
            return forgotForm(email, FieldErrors.of(List.of(invalid.get()), ui), model);
        }
        links.requestReset(address);
        redirect.addFlashAttribute("email", address);
        return "redirect:/konto/glomt-losenord/skickat";
    }

    /** The same answer whether or not the address has an account. */
    @GetMapping("/glomt-losenord/skickat")
    String resetRequested(Model model) {
        model.addAttribute("email", model.getAttribute("email"));
        return "accounts/resetRequested";
    }

    @GetMapping("/nytt-losenord/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        return passwordForm(links.resetHolder(token), Kind.RESET, token, FieldErrors.none(), model, response);
    }

    @PostMapping("/nytt-losenord/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String passwordRepeat, @ModelAttribute("ui") Ui ui, Model model,
                 HttpServletResponse response) {
        return afterChange(links.reset(token, password, passwordRepeat), links.resetHolder(token), Kind.RESET, token,
                ui, model, response);
    }

    /** The two pages differ only in their texts, address and where a finished change leads. */
    enum Kind {
        INVITATION("/konto/inbjudan/", "acc.invitation", "acc.link.invalidInvitation", "redirect:/login?activated"),
        RESET("/konto/nytt-losenord/", "acc.reset", "acc.link.invalidReset", "redirect:/login?reset");

        final String path;
        final String texts;
        final String invalid;
        final String done;

        Kind(String path, String texts, String invalid, String done) {
            this.path = path;
            this.texts = texts;
            this.invalid = invalid;
            this.done = done;
        }
    }

    private String afterChange(PasswordChange change, Optional<LinkHolder> holder, Kind kind, String token, Ui ui,
                               Model model, HttpServletResponse response) {
        return switch (change) {
            case PasswordChange.Done done -> kind.done;
            case PasswordChange.Refused refused ->
                    passwordForm(holder, kind, token, FieldErrors.of(refused.problems(), ui), model, response);
            case PasswordChange.LinkInvalid invalid -> passwordForm(Optional.empty(), kind, token, FieldErrors.none(),
                    model, response);
        };
    }

    private static String passwordForm(Optional<LinkHolder> holder, Kind kind, String token, FieldErrors errors,
                                       Model model, HttpServletResponse response) {
        if (holder.isEmpty()) {
            // Unknown, used and expired links look alike: nothing tells a guesser which tokens once existed.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", kind.invalid);
            model.addAttribute("offerReset", kind == Kind.RESET);
            return "accounts/invalidLink";
        }
        model.addAttribute("holder", holder.get());
        model.addAttribute("texts", kind.texts);
        model.addAttribute("action", kind.path + token);
        model.addAttribute("errors", errors);
        return "accounts/choosePassword";
    }

    private static String forgotForm(String email, FieldErrors errors, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "accounts/forgotPassword";
    }
}
