package se.lofte.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRulesTests {

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
