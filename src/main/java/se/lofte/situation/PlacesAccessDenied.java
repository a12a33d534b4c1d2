package se.lofte.situation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may not change the places of this organisation. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class PlacesAccessDenied extends RuntimeException {

    PlacesAccessDenied() {
        super("No role in the organisation allows changing its places");
    }
}
