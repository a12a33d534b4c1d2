package se.lofte.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A signed-in name with no Löfte account behind it (the account was removed meanwhile). Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NoStaffAccount extends RuntimeException {

    NoStaffAccount() {
        super("No staff account for the signed-in name");
    }
}
