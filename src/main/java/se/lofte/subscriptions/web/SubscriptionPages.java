package se.lofte.subscriptions.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.subscriptions.Subscriptions;
import se.lofte.subscriptions.Topic;

/**
 * The public subscription pages: the form beside a promise or a municipality, and the pages behind the
 * links in the mails. Links only show a page with a button; only the button's POST changes anything,
 * because mail scanners open every link they see. Unknown, used and expired links get the same page,
 * status 404, so that nothing tells a guesser which tokens once existed.
 */
@Controller
class SubscriptionPages {

    private static final String SENT = "/prenumerera/skickat";
    private static final String UNSUBSCRIBED = "/prenumerera/avslutad";

    private final Subscriptions subscriptions;

    SubscriptionPages(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/kommun/{slug}/prenumerera")
    ModelAndView municipalityForm(@PathVariable String slug) {
        return form(municipality(slug), "", FieldErrors.none());
    }

    @PostMapping("/kommun/{slug}/prenumerera")
    ModelAndView subscribeToMunicipality(@PathVariable String slug, @RequestParam(defaultValue = "") String email,
                                         @ModelAttribute("ui") Ui ui) {
        return subscribe(municipality(slug), email, ui);
    }

    @GetMapping("/kommun/{slug}/medborgarlofte/{year}/prenumerera")
    ModelAndView promiseForm(@PathVariable String slug, @PathVariable int year) {
        return form(promise(slug, year), "", FieldErrors.none());
    }

    @PostMapping("/kommun/{slug}/medborgarlofte/{year}/prenumerera")
    ModelAndView subscribeToPromise(@PathVariable String slug, @PathVariable int year,
                                    @RequestParam(defaultValue = "") String email, @ModelAttribute("ui") Ui ui) {
        return subscribe(promise(slug, year), email, ui);
    }

    /** The same page whether the address was new, waiting for confirmation or already subscribed. */
    @GetMapping(SENT)
    ModelAndView sent() {
        return notice("sub.sent", HttpStatus.OK);
    }

    @GetMapping("/prenumerera/bekrafta/{token}")
    ModelAndView confirmation(@PathVariable String token) {
        return subscriptions.awaitingConfirmation(token)
                .map(topic -> button("sub.confirm", topic, "/prenumerera/bekrafta/" + token))
                .orElseGet(SubscriptionPages::invalidLink);
    }

    @PostMapping("/prenumerera/bekrafta/{token}")
    ModelAndView confirm(@PathVariable String token) {
        return subscriptions.confirm(token)
                .map(topic -> new ModelAndView("subscriptions/confirmed", "topic", topic))
                .orElseGet(SubscriptionPages::invalidLink);
    }

    @GetMapping("/prenumerera/avsluta/{token}")
    ModelAndView unsubscribePage(@PathVariable String token) {
        Optional<Topic> topic = subscriptions.subscribedWith(token);
        if (topic.isEmpty()) {
            return notice("sub.notSubscribed", HttpStatus.NOT_FOUND);
        }
        return button("sub.unsubscribe", topic.get(), "/prenumerera/avsluta/" + token);
    }

    /**
     * Both the page's button and a mail program's one-click request (RFC 8058: the body
     * {@code List-Unsubscribe=One-Click}, no cookies) end up here. The mail program gets an empty 200,
     * also for a link already used, since the result it asked for holds; the browser goes on to a page.
     */
    @PostMapping("/prenumerera/avsluta/{token}")
    Object unsubscribe(@PathVariable String token,
                       @RequestParam(name = "List-Unsubscribe", required = false) String oneClick) {
        subscriptions.unsubscribe(token);
        if ("One-Click".equals(oneClick)) {
            return ResponseEntity.ok().build();
        }
        return "redirect:" + UNSUBSCRIBED;
    }

    @GetMapping(UNSUBSCRIBED)
    ModelAndView unsubscribed() {
        return notice("sub.unsubscribed", HttpStatus.OK);
    }

    private ModelAndView subscribe(Topic topic, String email, Ui ui) {
        List<Problem> problems = subscriptions.subscribe(email, topic);
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + SENT);
        }
        var page = form(topic, email, FieldErrors.of(problems, ui));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private static ModelAndView form(Topic topic, String email, FieldErrors errors) {
        var page = new ModelAndView("subscriptions/subscribe");
        page.addObject("topic", topic);
        page.addObject("action", Subscriptions.address(topic));
        page.addObject("email", email);
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView button(String texts, Topic topic, String action) {
        var page = new ModelAndView("subscriptions/button");
        page.addObject("texts", texts);
        page.addObject("topic", topic);
        page.addObject("action", action);
        return page;
    }

    private static ModelAndView invalidLink() {
        return notice("sub.invalidLink", HttpStatus.NOT_FOUND);
    }

    /** A page of a heading and a paragraph, the texts {@code <texts>.title} and {@code <texts>.text}. */
    private static ModelAndView notice(String texts, HttpStatus status) {
        var page = new ModelAndView("subscriptions/notice", "texts", texts);
        page.setStatus(status);
        return page;
    }

    private Topic municipality(String slug) {
        return subscriptions.municipality(slug).orElseThrow(() -> new NotFound("subscription"));
    }

    private Topic promise(String slug, int year) {
        return subscriptions.promise(slug, year)
                .orElseThrow(() -> new NotFound("subscription"));
    }
}
