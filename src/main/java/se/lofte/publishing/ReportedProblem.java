package se.lofte.publishing;

import se.lofte.shared.Typed;

/**
 * What a visitor sends from the accessibility statement: the page it concerns and an e-mail address for a
 * reply (both optional, {@code null} when left empty) and a description of the problem (never null).
 * Line breaks are stored as {@code \n} whatever the browser sent, so lengths count as the visitor sees them.
 */
public record ReportedProblem(String page, String description, String email) {

    public ReportedProblem {
        page = Typed.orNull(page);
        description = description == null ? "" : description.replace("\r\n", "\n").strip();
        email = Typed.orNull(email);
    }
}
