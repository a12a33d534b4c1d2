package se.lofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/** The carry-over rules of "Nästa års löfte", without a database. */
class NextYearTests {

    private static final PromiseContent.Party POLICE = new PromiseContent.Party(new OrganisationId(1),
            OrganisationKind.LOCAL_POLICE_AREA, "LPO");
    private static final PromiseContent.Party MUNICIPALITY = new PromiseContent.Party(new OrganisationId(2),
            OrganisationKind.MUNICIPALITY, "Kommunen");

    @Test
    void whatWasNotFulfilledGoesOnWithANoteAndTheFulfilledIsLeftOut() {
        var next = NextYear.of(content(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), followUp(),
                Map.of("g1", BigDecimal.valueOf(40)), item -> "Fortsätter från 2019: " + item.verdict());

        assertThat(next.carried()).extracting(i -> i.kind() + "/" + i.key() + "/" + i.number())
                .containsExactly("COMMITMENT/c2/2", "GOAL/g1/1");
        assertThat(next.leftOut()).extracting(i -> i.kind() + "/" + i.key() + "/" + i.verdict())
                .containsExactly("COMMITMENT/c1/FULFILLED", "GOAL/g2/FULFILLED");
        var c = next.content();
        assertThat(c.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.key()).isEqualTo("c2");
            assertThat(commitment.text()).isEqualTo("Fortsätter från 2019: PARTLY_FULFILLED\n\nBättre belysning.");
            assertThat(commitment.responsible()).containsExactly(MUNICIPALITY.id());
            assertThat(commitment.theme()).as("the staff's tag goes on").isEqualTo(Theme.CRIME_PREVENTION);
        });
        var goal = c.goals().getFirst().numeric();
        assertThat(goal.baseline()).as("the latest value is the new baseline").isEqualByComparingTo("40");
        assertThat(goal.target()).isEqualByComparingTo("100");
        assertThat(goal.indicator()).isEqualTo("Kontrollerade fordon");
        assertThat(goal.deadline()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(c.start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(c.end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(c.parties()).containsExactly(POLICE, MUNICIPALITY);
        assertThat(c.focusPlaces()).containsExactly("Storgatan");
        assertThat(c.signatories()).extracting(PromiseContent.Signatory::party)
                .containsExactly(POLICE.id(), MUNICIPALITY.id());
    }

    @Test
    void aGoalThatCouldNotBeMeasuredKeepsItsBaselineAndAPeriodKeepsItsLength() {
        var next = NextYear.of(content(LocalDate.of(2019, 7, 1), LocalDate.of(2021, 6, 30)), followUp(), Map.of(),
                item -> "note");

        assertThat(next.content().goals().getFirst().numeric().baseline()).isEqualByComparingTo("10");
        assertThat(next.content().start()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(next.content().end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    private static PublishedFollowUp followUp() {
        return new PublishedFollowUp(2, OffsetDateTime.parse("2019-12-20T10:00:00Z"), FollowUpKind.YEAR_END, 2019,
                List.of(item(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null),
                        item(ItemKind.COMMITMENT, "c2", Verdict.PARTLY_FULFILLED, Reason.RESOURCES),
                        item(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.OTHER_ACTOR),
                        item(ItemKind.GOAL, "g2", Verdict.FULFILLED, null)));
    }

    private static PublishedFollowUp.Item item(ItemKind kind, String key, Verdict verdict, Reason reason) {
        return new PublishedFollowUp.Item(kind, key, verdict, reason, reason == null ? "" : "Förklaring.", List.of());
    }

    private static PromiseContent content(LocalDate start, LocalDate end) {
        return new PromiseContent(List.of(POLICE, MUNICIPALITY), start, end, "Löftet", "Ingress", "Läget",
                List.of(new PromiseContent.Commitment("c1", "Kontroller", "Kontroller på Storgatan.",
                                List.of(POLICE.id()), List.of()),
                        new PromiseContent.Commitment("c2", "Belysning", "Bättre belysning.",
                                List.of(MUNICIPALITY.id()), List.of(), Theme.CRIME_PREVENTION)),
                List.of(new PromiseContent.Goal("g1", POLICE.id(), "Minst 100 fordon.",
                                new PromiseContent.NumericTarget("Kontrollerade fordon", "fordon", BigDecimal.TEN,
                                        BigDecimal.valueOf(100), PromiseContent.Direction.INCREASE, end)),
                        new PromiseContent.Goal("g2", null, "Tryggare park.", null)),
                List.of("Storgatan"), List.of(), new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"),
                "På webben.", List.of(new PromiseContent.Signatory("Anna", "chef", POLICE.id()),
                        new PromiseContent.Signatory("Bo", "ordförande", MUNICIPALITY.id())),
                null);
    }
}
