package se.lofte.measures;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such measure, promise or attachment. Answered 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MeasureNotFound extends RuntimeException {

    MeasureNotFound(String what) {
        super("Not found: " + what);
    }
}
