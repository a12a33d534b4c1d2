package se.lofte.publishing.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.lofte.accounts.Accounts;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;

/** Staff preview of a working copy, rendered by the very template of the public page. */
@Controller
class Preview {

    private final PromiseManagement management;
    private final Accounts accounts;

    Preview(PromiseManagement management, Accounts accounts) {
        this.management = management;
        this.accounts = accounts;
    }

    @GetMapping("/manage/publishing/preview/{id}")
    String preview(@PathVariable String id, Principal user, Model model) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var promise = management.find(new PromiseId(number), accounts.signedIn(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new PromisePage(promise.content(), null, false, null, List.of(), true));
        model.addAttribute("promiseId", promise.id().value());
        return "publishing/preview";
    }
}
