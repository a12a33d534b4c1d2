package se.lofte.promises;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has no role in the promise's parties that allows this step. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class PromiseAccessDenied extends RuntimeException {

    PromiseAccessDenied() {
        super("No role in the promise's parties allows this");
    }
}
