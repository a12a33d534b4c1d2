package se.lofte.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up aggregate's rules, without a database. */
class FollowUpTests {

    private static final PromiseContent.Party POLICE = new PromiseContent.Party(new OrganisationId(1),
            OrganisationKind.LOCAL_POLICE_AREA, "LPO Östra Fyrbodal");
    private static final PromiseContent.Party MUNICIPALITY = new PromiseContent.Party(new OrganisationId(2),
            OrganisationKind.MUNICIPALITY, "Bengtsfors kommun");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-20T10:00:00+01:00");

    @Test
    void aNewFollowUpHasARowForEachCommitmentAndGoalInTheirOrderWithNoVerdict() {
        FollowUp f = open();
        assertThat(f.assessments()).extracting(a -> a.kind() + "/" + a.key() + "/" + a.verdict())
                .containsExactly("COMMITMENT/c1/null", "COMMITMENT/c2/null", "GOAL/g1/null");
        assertThat(FollowUpRules.unfinished(f.assessments())).isEqualTo(3);
    }

    @Test
    void noPartySignsWhileARowLacksItsVerdict() {
        FollowUp f = open();
        f.assess(List.of(fulfilled(ItemKind.COMMITMENT, "c1"), fulfilled(ItemKind.COMMITMENT, "c2"),
                new Assessment(ItemKind.GOAL, "g1", null, null, "")));
        assertThatThrownBy(() -> f.sign(POLICE.id(), "polis", NOW)).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().code()).isEqualTo("followup.refusal.unfinished");
    }

    @Test
    void publishingIsRefusedUntilEveryPartyHasSignedAndAnyChangeVoidsTheSignatures() {
        FollowUp f = assessed();
        f.sign(POLICE.id(), "polis", NOW);
        assertThatThrownBy(f::publish).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().args()).isEqualTo(List.of("Bengtsfors kommun"));

        f.sign(MUNICIPALITY.id(), "kommun", NOW);
        boolean voided = f.assess(List.of(fulfilled(ItemKind.COMMITMENT, "c1"), fulfilled(ItemKind.COMMITMENT, "c2"),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.ACUTE_EVENT, "En annan förklaring.")));
        assertThat(voided).isTrue();
        assertThat(f.signatures()).isEmpty();
        assertThatThrownBy(f::publish).isInstanceOf(FollowUpRefusal.class);

        f.sign(POLICE.id(), "polis", NOW);
        f.sign(MUNICIPALITY.id(), "kommun", NOW);
        f.publish();
        f.publishedAs(4);
        assertThat(f.unpublishedChanges()).isFalse();
        assertThat(f.publishedRevision()).isEqualTo(4);
        assertThatThrownBy(f::publish).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().code()).isEqualTo("followup.refusal.nothingToPublish");
        assertThatThrownBy(() -> f.sign(POLICE.id(), "polis", NOW)).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().code()).isEqualTo("followup.refusal.nothingToSign");
    }

    @Test
    void theChosenEvidenceIsOpenUntilAPartySignsAndFrozenOncePublished() {
        FollowUp f = assessed();
        f.requireEvidenceOpen();
        f.sign(POLICE.id(), "polis", NOW);
        assertThatThrownBy(f::requireEvidenceOpen).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().code()).isEqualTo("followup.refusal.effectsFrozen");
        // A change of the verdicts voids the signature: nothing is signed, so the evidence may change again.
        f.assess(List.of(fulfilled(ItemKind.COMMITMENT, "c1"), fulfilled(ItemKind.COMMITMENT, "c2"),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.ACUTE_EVENT, "Något annat.")));
        f.requireEvidenceOpen();

        f.sign(POLICE.id(), "polis", NOW);
        f.sign(MUNICIPALITY.id(), "kommun", NOW);
        f.publish();
        f.publishedAs(3);
        f.assess(List.of(fulfilled(ItemKind.COMMITMENT, "c1"), fulfilled(ItemKind.COMMITMENT, "c2"),
                fulfilled(ItemKind.GOAL, "g1")));
        assertThat(f.signatures()).isEmpty();
        assertThatThrownBy(f::requireEvidenceOpen).as("the published evidence stays what residents read")
                .isInstanceOf(FollowUpRefusal.class);
    }

    @Test
    void savingTheSameVerdictsAgainChangesNothingAndKeepsTheSignatures() {
        FollowUp f = assessed();
        f.sign(POLICE.id(), "polis", NOW);
        assertThat(f.assess(f.assessments())).isFalse();
        assertThat(f.signatures()).hasSize(1);
    }

    @Test
    void onlyAPartySigns() {
        FollowUp f = assessed();
        assertThatThrownBy(() -> f.sign(new OrganisationId(99), "annan", NOW)).isInstanceOf(FollowUpRefusal.class)
                .extracting(e -> ((FollowUpRefusal) e).problem().code()).isEqualTo("followup.refusal.notAParty");
    }

    @Test
    void anythingNotFulfilledSaysWhyInWordsWithoutPersonalIdentityNumbers() {
        var problems = FollowUpRules.check(List.of(fulfilled(ItemKind.COMMITMENT, "c1"),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.PARTLY_FULFILLED, null, "  "),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.OTHER,
                        "Den ansvarige, 19121212-1212, slutade.")));
        assertThat(problems).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                "rows[1].reason:followup.problem.reasonRequired",
                "rows[1].explanation:followup.problem.explanationRequired",
                "rows[2].explanation:followup.problem.personalIdentityNumber");
    }

    @Test
    void aFulfilledVerdictKeepsNoReasonOrExplanation() {
        FollowUp f = open();
        f.assess(List.of(new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, Reason.OTHER, "Text"),
                fulfilled(ItemKind.COMMITMENT, "c2"), fulfilled(ItemKind.GOAL, "g1")));
        assertThat(f.assessments().getFirst()).isEqualTo(new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED,
                null, ""));
    }

    @Test
    void aRevisedPromiseGivesRowsForWhatItAddedAndKeepsTheVerdictsOfTheRest() {
        var revised = content(List.of("c2", "c3"), List.of("g1"));
        var rows = FollowUp.rows(revised, assessed().assessments());
        assertThat(rows).extracting(a -> a.key() + "/" + a.verdict())
                .containsExactly("c2/FULFILLED", "c3/null", "g1/NOT_FULFILLED");
    }

    private static FollowUp assessed() {
        FollowUp f = open();
        f.assess(List.of(fulfilled(ItemKind.COMMITMENT, "c1"), fulfilled(ItemKind.COMMITMENT, "c2"),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.RESOURCES,
                        "Färre poliser än planerat.")));
        assertThat(FollowUpRules.check(f.assessments())).isEmpty();
        return f;
    }

    private static Assessment fulfilled(ItemKind kind, String key) {
        return new Assessment(kind, key, Verdict.FULFILLED, null, "");
    }

    private static FollowUp open() {
        return FollowUp.open(new PromiseId(7), 2026, FollowUpKind.YEAR_END, content(List.of("c1", "c2"), List.of("g1")));
    }

    private static PromiseContent content(List<String> commitments, List<String> goals) {
        return new PromiseContent(List.of(POLICE, MUNICIPALITY), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "Löfte", "Ingress", "Läget",
                commitments.stream().map(k -> new PromiseContent.Commitment(k, "Åtagande " + k, "Text",
                        List.of(POLICE.id()), List.of())).toList(),
                goals.stream().map(k -> new PromiseContent.Goal(k, null, "Mål " + k, null)).toList(),
                List.of(), List.of(), null, "Följ med", List.of(), null);
    }
}
