package se.lofte.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.lofte.promises.PromiseId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;

/**
 * The one place where "not found" and "not allowed" become answers: 404 and 403, as the error page in the
 * reader's language, or as problem JSON (RFC 9457) for the API under {@code /api}. A path variable that cannot
 * become what the handler takes (a {@code PromiseId} from {@code /manage/promises/abc}) names nothing, so it is a
 * 404 too; a bad query or form parameter stays Spring's 400.
 */
@ControllerAdvice
class Refusals {

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(HttpStatus.NOT_FOUND, "Nothing is found at this address.", request, response);
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowed e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(HttpStatus.FORBIDDEN, "Your roles do not allow this.", request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                                           HttpServletResponse response) throws IOException {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return refuse(HttpStatus.NOT_FOUND, "Nothing is found at this address.", request, response);
        }
        return refuse(HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' is not valid.", request, response);
    }

    /**
     * Problem JSON for the API; for pages the status alone, which the servlet container renders through the
     * error page as it does every other error (so the page, its language and its headers stay one thing).
     */
    private static ResponseEntity<ProblemDetail> refuse(HttpStatus status, String detail, HttpServletRequest request,
                                                        HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(status, detail));
        }
        response.sendError(status.value());
        return null;
    }
}
