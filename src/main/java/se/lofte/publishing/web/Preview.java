package se.lofte.publishing.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.shared.NotFound;

/** Staff preview of a working copy, rendered by the very template of the public page. */
@Controller
class Preview {

    private final PromiseManagement management;

    Preview(PromiseManagement management) {
        this.management = management;
    }

    @GetMapping("/manage/publishing/preview/{id}")
    String preview(@PathVariable PromiseId id, StaffMember staff, Model model) {
        var promise = management.find(id, staff)
                .orElseThrow(() -> new NotFound("promise"));
        model.addAttribute("page", new PromisePage(promise.content(), null, false, null, List.of(), true, false));
        model.addAttribute("promiseId", promise.id().value());
        return "publishing/preview";
    }
}
