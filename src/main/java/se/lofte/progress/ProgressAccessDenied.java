package se.lofte.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has no role in the goal's or promise's parties that allows this step. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ProgressAccessDenied extends RuntimeException {

    ProgressAccessDenied() {
        super("No role in the parties allows this");
    }
}
