package se.lofte.publishing;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRulesTests {

    @Test
    void acceptsADescriptionAlone() {
        assertThat(ReportRules.check(new ReportedProblem("", "Knappen går inte att nå med tangentbordet.", " ")))
                .isEmpty();
    }

    @Test
    void refusesAnEmptyDescription() {
        assertThat(ReportRules.check(new ReportedProblem("/tillganglighet", " \r\n ", null)))
                .containsExactly(Problem.of("description", "a11y.error.description.required"));
    }

    @Test
    void refusesADescriptionOverTheLimitAndSaysHowLongItIs() {
        assertThat(ReportRules.check(new ReportedProblem(null, "a".repeat(4001), null)))
                .containsExactly(Problem.of("description", "a11y.error.description.tooLong", "4000", "4001"));
    }

    @Test
    void countsABrowserLineBreakAsOneCharacter() {
        String fourThousand = "a".repeat(1999) + "\r\n" + "a".repeat(2000);
        assertThat(ReportRules.check(new ReportedProblem(null, fourThousand, null))).isEmpty();
    }

    @Test
    void refusesPersonalIdentityNumbersNamingEachOne() {
        assertThat(ReportRules.check(new ReportedProblem(null, "Jag heter 121212-1212, min son 1212121212.", null)))
                .containsExactly(Problem.of("description", "a11y.error.description.personalNumber",
                        "121212-1212, 1212121212"));
    }

    @Test
    void refusesAPersonalIdentityNumberInThePage() {
        assertThat(ReportRules.check(new ReportedProblem("/sok?q=19121212-1212", "Sökningen visar fel.", null)))
                .containsExactly(Problem.of("page", "a11y.error.page.personalNumber", "19121212-1212"));
    }

    @Test
    void refusesAnEmailAddressThatCannotBeOneSayingWhatIsWrong() {
        assertThat(ReportRules.check(new ReportedProblem(null, "Text", "anna"))).containsExactly(
                Problem.of("email", "problem.email.form"));
        assertThat(ReportRules.check(new ReportedProblem(null, "Text", "anna @example.se"))).containsExactly(
                Problem.of("email", "problem.email.spaceOrControl"));
        assertThat(ReportRules.check(new ReportedProblem(null, "Text", "anna@example"))).containsExactly(
                Problem.of("email", "problem.email.domain"));
        assertThat(ReportRules.check(new ReportedProblem(null, "Text", "å@ö.se"))).containsExactly(
                Problem.of("email", "problem.email.localPart"));
    }

    @Test
    void acceptsOrdinaryEmailAddresses() {
        for (String email : new String[] {"anna@example.se", "anna.berg+lofte@kommun.example.se"}) {
            assertThat(ReportRules.check(new ReportedProblem(null, "Text", email))).as(email).isEmpty();
        }
    }

    @Test
    void reportsEveryFieldAtOnce() {
        assertThat(ReportRules.check(new ReportedProblem("x".repeat(2001), "", "nej")))
                .extracting(Problem::field).containsExactly("page", "description", "email");
    }
}
