package se.lofte.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.accounts.SingleSignOn;

@Controller
class LoginController {

    private final SingleSignOn singleSignOn;

    LoginController(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    /**
     * The login page. Every failure, whatever its cause (unknown name, wrong password, locked account),
     * shows the same message, so the page never tells whether an account exists or is locked.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String activated,
                 @RequestParam(required = false) String reset, @RequestParam(required = false) String sso,
                 @RequestParam(required = false) String provider, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("notice", activated != null ? "acc.login.activated"
                : reset != null ? "acc.login.passwordReset" : null);
        model.addAttribute("providers", singleSignOn.providers());
        if (sso != null) {
            model.addAttribute("ssoRefusal", "sso.refused." + (SingleSignOn.REFUSALS.contains(sso) ? sso : "failed"));
            model.addAttribute("ssoProvider", singleSignOn.providers().stream().filter(p -> p.id().equals(provider))
                    .map(SingleSignOn.Provider::name).findFirst().orElse(null));
        }
        return "accounts/login";
    }
}
