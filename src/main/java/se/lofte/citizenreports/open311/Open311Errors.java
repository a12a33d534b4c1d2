package se.lofte.citizenreports.open311;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.Problem;

/**
 * Every refusal of the Open311 API in the specification's form: JSON {@code [{"code":400,"description":"…"}]},
 * XML {@code <errors><error><code>400</code><description>…</description></error></errors>}, with the same HTTP
 * status. The format is the one the address asked for, XML (the required one) when it named none the API has.
 */
@RestControllerAdvice(assignableTypes = Open311Api.class)
class Open311Errors {

    private static final Locale SWEDISH = Locale.of("sv");

    // Only what every web slice has: an advice is part of @WebMvcTest slices whatever controllers they test.
    private final MessageSource messages;
    private final JsonMapper json;

    Open311Errors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(Open311Refusal.class)
    ResponseEntity<String> refused(Open311Refusal refusal, HttpServletRequest request) {
        return answer(refusal.status(), refusal.problems(), request);
    }

    /** A body that is neither a form nor a readable multipart request. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<String> unreadable(MultipartException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, List.of(Problem.of("", "open311.error.unreadable")), request);
    }

    private ResponseEntity<String> answer(HttpStatus status, List<Problem> problems, HttpServletRequest request) {
        Open311Format format = formatOf(request.getRequestURI());
        return ResponseEntity.status(status).contentType(format.mediaType())
                .body(errors(status.value(), problems, locale(request)).write(format, json));
    }

    private Open311Document errors(int status, List<Problem> problems, Locale locale) {
        return new Open311Document("errors", new Open311Node.Items("error", problems.stream().<Open311Node>map(p ->
                Open311Node.fields().put("code", new Open311Node.Whole(status))
                        .text("description", description(p, locale))
                        .build()).toList()));
    }

    /**
     * The API's own refusals say which parameter they are about; a refusal of the reports module (a personal
     * identity number in the description) is the form's message, so the parameter's name is put before it.
     * The code is a number, as in the specification's examples ({@code "code":403}).
     */
    private String description(Problem problem, Locale locale) {
        String message = messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
        return problem.code().startsWith("open311.") || problem.field() == null || problem.field().isEmpty()
                ? message : problem.field() + ": " + message;
    }

    static Open311Format formatOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Open311Format.XML : Open311Format.of(path.substring(dot + 1)).orElse(Open311Format.XML);
    }

    /**
     * Swedish, or English for a client whose first language is English. The specification has no language
     * parameter, so HTTP's own {@code Accept-Language} decides; the site's language cookie plays no part here.
     */
    static Locale locale(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        return accepted != null && !accepted.isBlank() && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : SWEDISH;
    }
}
