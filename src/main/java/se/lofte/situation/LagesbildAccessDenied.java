package se.lofte.situation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person works for none of the parties of this municipality's lägesbild (or may only read it). Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class LagesbildAccessDenied extends RuntimeException {

    LagesbildAccessDenied() {
        super("Not a party to this lägesbild");
    }
}
