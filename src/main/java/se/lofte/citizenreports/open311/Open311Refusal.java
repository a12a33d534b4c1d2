package se.lofte.citizenreports.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

import se.lofte.shared.Problem;

/**
 * A request the API refuses, answered in the specification's error form (an array of {@code code} and
 * {@code description}) with the same code as the HTTP status. Each problem's code is a message key, read in
 * the client's language when the answer is written.
 */
final class Open311Refusal extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem> problems;

    Open311Refusal(HttpStatus status, List<Problem> problems) {
        super(status + " " + problems, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static Open311Refusal of(HttpStatus status, String field, String code, String... args) {
        return new Open311Refusal(status, List.of(Problem.of(field, code, args)));
    }

    HttpStatus status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }
}
