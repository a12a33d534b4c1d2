package se.lofte.promises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.promises.PromiseFixtures.*;

class PromiseRulesTests {

    @Test
    void completePromisePassesEveryRule() {
        assertThat(PromiseRules.check(complete(), false)).isEmpty();
        assertThat(PromiseRules.checkComplete(complete())).isEmpty();
    }

    @Test
    void rejectsEmptyTitle() {
        assertThat(PromiseRules.check(withTitle(complete(), " "), false))
                .containsExactly(Problem.of("title", "problem.required"));
    }

    @Test
    void rejectsEndBeforeStart() {
        var c = withPeriod(complete(), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1));
        assertThat(PromiseRules.check(c, false)).extracting(Problem::field, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("end", "problem.period.endBeforeStart"));
    }

    @Test
    void rejectsPeriodOverThreeYears() {
        var threeYears = withPeriod(complete(), LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));
        assertThat(PromiseRules.check(threeYears, false)).isEmpty();
        var overThree = withPeriod(complete(), LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1));
        assertThat(PromiseRules.check(overThree, false))
                .containsExactly(Problem.of("end", "problem.period.tooLong", "3", "2029-12-31"));
    }

    @Test
    void anExtensionAllowsOneMoreYear() {
        var fourYears = withPeriod(complete(), LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(PromiseRules.check(fourYears, true)).isEmpty();
        assertThat(PromiseRules.check(fourYears, false)).isNotEmpty();
    }

    @Test
    void rejectsNumericGoalWithoutTarget() {
        var c = withGoals(complete(), List.of(numericGoal(null)));
        assertThat(PromiseRules.check(c, false))
                .containsExactly(Problem.of("goals[0].target", "problem.goal.targetRequired"));
    }

    @Test
    void rejectsTargetThatDoesNotMoveTheRightWay() {
        var c = withGoals(complete(), List.of(numericGoal(BigDecimal.ZERO)));
        assertThat(PromiseRules.check(c, false))
                .containsExactly(Problem.of("goals[0].target", "problem.goal.targetNotAboveBaseline"));
    }

    @Test
    void rejectsPersonalIdentityNumberInSituationNamingIt() {
        var c = withSituation(complete(), "Anmälan gäller 121212-1212 på torget.");
        assertThat(PromiseRules.check(c, false))
                .containsExactly(Problem.of("situation", "problem.personalIdentityNumber", "121212-1212"));
    }

    @Test
    void rejectsImageWithoutAltText() {
        var c = withImage(complete(), new PromiseContent.Image("ab".repeat(32), "image/png", " ", "Bildtext", "Foto"));
        assertThat(PromiseRules.check(c, false)).containsExactly(Problem.of("imageAlt", "problem.image.altRequired"));
    }

    @Test
    void captionWithoutPictureNeedsNoAltText() {
        var c = withImage(complete(), new PromiseContent.Image(null, null, "", "Bildtext", "Foto"));
        assertThat(PromiseRules.check(c, false)).isEmpty();
    }

    @Test
    void needsALocalPoliceAreaAndAMunicipality() {
        var c = complete(List.of(AMAL, new PromiseContent.Party(new se.lofte.organisations.OrganisationId(3),
                se.lofte.organisations.OrganisationKind.OTHER_ACTOR, "Bostadsbolaget")));
        assertThat(PromiseRules.check(c, false)).extracting(Problem::field).contains("policeId");
    }

    @Test
    void anUnfinishedDraftMaySaveButNotBeSigned() {
        var c = complete();
        var draft = new PromiseContent(c.parties(), c.start(), c.end(), c.title(), "", "", List.of(), List.of(),
                List.of(), List.of(), null, "", List.of(), null);
        assertThat(PromiseRules.check(draft, false)).isEmpty();
        assertThat(PromiseRules.checkComplete(draft)).extracting(Problem::field)
                .containsExactly("lead", "situation", "commitments", "goals", "followAlong", "signatories",
                        "signatories");
    }
}
