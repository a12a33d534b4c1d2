package se.lofte.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;
import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every saved meeting holds to, each refused at its field. */
class MeetingRulesTests {

    private static final OrganisationId PARTY = new OrganisationId(1);
    private static final CommitmentRef OFFERED = new CommitmentRef(new PromiseId(7), "c1");

    @Test
    void aCompleteMeetingPassesInSwedishTime() {
        var checked = check(DialogueFixtures.walk(LocalDate.of(2030, 7, 1), PARTY, List.of(OFFERED)));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.row().startsAt().toInstant()).hasToString("2030-07-01T16:00:00Z");
        assertThat(checked.row().topics()).containsExactly("Mörk gångväg vid skolan", "Mopedtrafik på torget");
    }

    @Test
    void aMeetingMustEndAfterItStartsAndHaveAnOrganiser() {
        var walk = DialogueFixtures.walk(LocalDate.of(2030, 7, 1), PARTY, List.of());
        var wrong = new MeetingInput(walk.title(), walk.form(), walk.day(), LocalTime.of(18, 0), LocalTime.of(18, 0),
                walk.place(), null, List.of(), " ", walk.participants(), walk.topics(), walk.summary(), false,
                List.of(), null, List.of());

        assertThat(fields(check(wrong).problems())).containsExactly("end", "organisers");
    }

    @Test
    void organisersAreasAndCommitmentsMustBeOnesOffered() {
        var walk = DialogueFixtures.walk(LocalDate.of(2030, 7, 1), new OrganisationId(99),
                List.of(new CommitmentRef(new PromiseId(8), "c1")));
        var elsewhere = new MeetingInput(walk.title(), walk.form(), walk.day(), walk.start(), walk.end(), walk.place(),
                42L, walk.organisers(), walk.organisersText(), walk.participants(), walk.topics(), walk.summary(),
                false, walk.commitments(), null, List.of());

        assertThat(fields(check(elsewhere).problems())).containsExactly("area", "organisers", "commitments");
    }

    @Test
    void countsAreFromZeroToAHundredThousand() {
        var walk = DialogueFixtures.walk(LocalDate.of(2030, 7, 1), PARTY, List.of());
        var counts = new MeetingInput(walk.title(), walk.form(), walk.day(), walk.start(), walk.end(), walk.place(),
                null, walk.organisers(), walk.organisersText(),
                Map.of(ParticipantGroup.BOENDE, -1, ParticipantGroup.UNGA, 100_001, ParticipantGroup.ANNAT, 0),
                walk.topics(), walk.summary(), false, List.of(), null, List.of());

        assertThat(fields(check(counts).problems())).containsExactlyInAnyOrder("participants[boende]",
                "participants[unga]");
    }

    @Test
    void aPhotoNeedsATextWithoutAPersonalIdentityNumber() {
        List<Problem> problems = new ArrayList<>();
        MeetingRules.alt("newPhotoAlt", "  ", problems);
        MeetingRules.alt("photos[3].alt", "Anna, 19121212-1212", problems);

        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("newPhotoAlt", "dialogue.problem.alt"),
                org.assertj.core.groups.Tuple.tuple("photos[3].alt", "problem.personalIdentityNumber"));
    }

    private static MeetingRules.Checked check(MeetingInput input) {
        return MeetingRules.check(input, Set.of(PARTY), Set.of(5L), Set.of(OFFERED));
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }
}
