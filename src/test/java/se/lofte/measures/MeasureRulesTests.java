package se.lofte.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRulesTests {

    @Test
    void readsQuantitiesAsPeopleTypeThem() {
        assertThat(MeasureRules.quantity("12,5")).isEqualByComparingTo("12.5");
        assertThat(MeasureRules.quantity(" 12.5 ")).isEqualByComparingTo("12.5");
        assertThat(MeasureRules.quantity("1 250")).isEqualByComparingTo("1250");
        assertThat(MeasureRules.quantity("1\u00a0250,75")).isEqualByComparingTo("1250.75");
        assertThat(MeasureRules.quantity(",5")).isEqualByComparingTo("0.5");
        assertThat(MeasureRules.quantity("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(MeasureRules.quantity("tolv")).isNull();
        assertThat(MeasureRules.quantity("1,2,3")).isNull();
        assertThat(MeasureRules.quantity("1e5")).isNull();
        assertThat(MeasureRules.quantity("")).isNull();
    }

    @Test
    void aHeldBackMeasureBecomesPublicAtMidnightInSwedenUnlessLoggedLater() {
        OffsetDateTime logged = OffsetDateTime.parse("2030-11-20T10:00:00Z");

        assertThat(MeasureManagement.publicSince(logged, null)).isEqualTo(logged);
        assertThat(MeasureManagement.publicSince(logged, LocalDate.of(2030, 12, 1)).toInstant())
                .isEqualTo(OffsetDateTime.parse("2030-11-30T23:00:00Z").toInstant());
        assertThat(MeasureManagement.publicSince(logged, LocalDate.of(2030, 11, 1))).isEqualTo(logged);
        assertThat(MeasureManagement.publicSince(logged, LocalDate.of(2030, 11, 20)).toInstant())
                .isEqualTo(logged.toInstant());
    }
}
