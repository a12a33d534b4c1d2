package se.lofte.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /**
     * The login page. Every failure, whatever its cause (unknown name, wrong password, locked account),
     * shows the same message, so the page never tells whether an account exists or is locked.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String activated,
                 @RequestParam(required = false) String reset, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("notice", activated != null ? "acc.login.activated"
                : reset != null ? "acc.login.passwordReset" : null);
        return "accounts/login";
    }
}
