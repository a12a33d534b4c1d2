package se.lofte.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

    /** Summer time runs from the last Sunday of March to the last Sunday of October (EU directive 2000/84/EC). */
    @Test
    void aDayStartsAtMidnightInSwedenInWinterAndInSummer() {
        assertThat(Dates.startOf(LocalDate.of(2026, 1, 15))).isEqualTo(OffsetDateTime.parse("2026-01-15T00:00+01:00"));
        // The day summer time begins (29 March 2026) still starts in winter time; the next day in summer time.
        assertThat(Dates.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(OffsetDateTime.parse("2026-03-29T00:00+01:00"));
        assertThat(Dates.startOf(LocalDate.of(2026, 3, 30))).isEqualTo(OffsetDateTime.parse("2026-03-30T00:00+02:00"));
    }
}
