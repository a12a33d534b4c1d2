package se.lofte.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only system administrators and organisation administrators read the audit trail. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AuditAccessDenied extends RuntimeException {

    AuditAccessDenied() {
        super("Only administrators read the audit trail");
    }
}
