package se.lofte.situation.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person reports for no organisation, or the report is not there for them. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ReportPagesAccessDenied extends RuntimeException {

    ReportPagesAccessDenied() {
        super("Not a report of the signed-in person");
    }
}
