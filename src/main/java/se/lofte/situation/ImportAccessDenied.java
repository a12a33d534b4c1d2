package se.lofte.situation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may not import for (or cancel the jobs of) this organisation. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ImportAccessDenied extends RuntimeException {

    public ImportAccessDenied() {
        super("Importing for this organisation needs the analyst or editor role");
    }
}
