package se.lofte.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The person may not manage these people or this organisation's roles: neither a system administrator
 * nor an organisation administrator of it. Answered 403.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccountAccessDenied extends RuntimeException {

    AccountAccessDenied() {
        super("Not an administrator of the organisation or of the system");
    }
}
