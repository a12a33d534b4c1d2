package se.lofte.site;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests over the size or part limits are the sender's fault: answered 413 or 400 with the ordinary error
 * page, never as a server error.
 */
@ControllerAdvice
class RequestLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    @ExceptionHandler(MultipartException.class)
    void badMultipart(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
