package se.lofte.situation.reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may not report for this organisation, or the report is not theirs. Answered 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ReportAccessDenied extends RuntimeException {

    ReportAccessDenied(String message) {
        super(message);
    }
}
