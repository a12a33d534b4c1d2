package se.lofte.measures;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has no role in the promise's parties (or, for kinds, is no system administrator) that allows this. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class MeasureAccessDenied extends RuntimeException {

    MeasureAccessDenied() {
        super("No role allows this change of measures");
    }
}
