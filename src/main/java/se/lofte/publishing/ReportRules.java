package se.lofte.publishing;

import java.util.ArrayList;
import java.util.List;

import se.lofte.shared.EmailAddresses;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;

/**
 * What a report must satisfy to be kept. Reports are not published, but the system stays person-free, so
 * personal identity numbers are refused, naming the number found: a phone number can look like one.
 * Lengths are counted in UTF-16 units, as browsers count them, which never exceeds the column sizes.
 */
final class ReportRules {

    static final int DESCRIPTION_MAX = 4000;
    static final int PAGE_MAX = 2000;

    private ReportRules() {
    }

    /** The problems in field order, the first per field; empty when the report may be stored. */
    static List<Problem> check(ReportedProblem report) {
        List<Problem> problems = new ArrayList<>();
        if (report.page() != null) {
            if (report.page().length() > PAGE_MAX) {
                problems.add(Problem.of("page", "a11y.error.page.tooLong", Integer.toString(PAGE_MAX)));
            } else if (PersonalIdentityNumbers.containsAny(report.page())) {
                problems.add(Problem.of("page", "a11y.error.page.personalNumber",
                        String.join(", ", PersonalIdentityNumbers.findIn(report.page()))));
            }
        }
        String description = report.description();
        if (description.isEmpty()) {
            problems.add(Problem.of("description", "a11y.error.description.required"));
        } else if (description.length() > DESCRIPTION_MAX) {
            problems.add(Problem.of("description", "a11y.error.description.tooLong",
                    Integer.toString(DESCRIPTION_MAX), Integer.toString(description.length())));
        } else if (PersonalIdentityNumbers.containsAny(description)) {
            problems.add(Problem.of("description", "a11y.error.description.personalNumber",
                    String.join(", ", PersonalIdentityNumbers.findIn(description))));
        }
        if (report.email() != null) {
            EmailAddresses.problem("email", report.email()).ifPresent(problems::add);
        }
        return problems;
    }
}
