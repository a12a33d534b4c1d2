package se.lofte.citizenreports.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportQuery;
import se.lofte.citizenreports.ReportStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSearchTests {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void withoutDatesTheLastNinetyDaysAtMostAThousand() {
        ReportQuery query = RequestSearch.query(null, null, null, null, null, null, NOW);
        assertThat(query.to()).isEqualTo(NOW);
        assertThat(query.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(query.limit()).isEqualTo(1000);
        assertThat(query.categories()).isEmpty();
        assertThat(query.statuses()).isEmpty();
    }

    @Test
    void idsOverrideEveryOtherFilterButTheJurisdiction() {
        ReportQuery query = RequestSearch.query("1460", "12, 13", "belysning", "2020-01-01T00:00:00Z", null, "open",
                NOW);
        assertThat(query.ids()).containsExactly(new CitizenReportId(12), new CitizenReportId(13));
        assertThat(query.municipalityCode()).isEqualTo("1460");
        assertThat(query.categories()).isEmpty();
        assertThat(query.from()).isNull();
    }

    @Test
    void serviceCodesAndStatusesAreCommaLists() {
        ReportQuery query = RequestSearch.query(null, null, "belysning,otrygg-plats", null, null, "closed", NOW);
        assertThat(query.categories()).containsExactlyInAnyOrder(ReportCategory.BELYSNING, ReportCategory.OTRYGG_PLATS);
        assertThat(query.statuses()).isEqualTo(Set.of(ReportStatus.ATGARDAD, ReportStatus.AVSLUTAD));
        assertThat(RequestSearch.query(null, null, null, null, null, "open,closed", NOW).statuses())
                .hasSize(4);
    }

    @Test
    void datesAreW3cWithAnOffsetOrADayInSwedishTime() {
        assertThat(RequestSearch.date("start_date", "2026-12-01T08:00:00+01:00"))
                .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        // An unencoded + in a query string arrives as a space.
        assertThat(RequestSearch.date("start_date", "2026-12-01T08:00:00 01:00"))
                .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        assertThat(RequestSearch.date("start_date", "2026-07-01")).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(RequestSearch.date("end_date", "2026-12-01T08:00Z")).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        for (String bad : List.of("2026-12-01T08:00:00", "igår", "2026-02-30", "1733000000")) {
            assertThatThrownBy(() -> RequestSearch.date("start_date", bad)).as(bad).isInstanceOf(Open311Refusal.class);
        }
    }

    @Test
    void aStartAloneReachesNinetyDaysOrNowAndAnEndAloneGoesBackNinety() {
        ReportQuery old = RequestSearch.query(null, null, null, "2026-01-01T00:00:00Z", null, null, NOW);
        assertThat(old.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        ReportQuery recent = RequestSearch.query(null, null, null, "2026-12-01T00:00:00Z", null, null, NOW);
        assertThat(recent.to()).isEqualTo(NOW);
        ReportQuery endOnly = RequestSearch.query(null, null, null, null, "2026-06-01T00:00:00Z", null, NOW);
        assertThat(endOnly.from()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    }

    @Test
    void wrongWindowsStatusesCodesAndIdsAreRefusedNotIgnored() {
        assertThatThrownBy(() -> RequestSearch.query(null, null, null, "2026-06-01T00:00:00Z",
                "2026-01-01T00:00:00Z", null, NOW)).isInstanceOf(Open311Refusal.class);
        assertThatThrownBy(() -> RequestSearch.query(null, null, null, "2026-01-01T00:00:00Z",
                "2026-06-01T00:00:00Z", null, NOW)).isInstanceOf(Open311Refusal.class);
        assertThatThrownBy(() -> RequestSearch.query(null, null, null, null, null, "pending", NOW))
                .isInstanceOf(Open311Refusal.class);
        assertThatThrownBy(() -> RequestSearch.query(null, null, "gatuhål", null, null, null, NOW))
                .isInstanceOf(Open311Refusal.class);
        assertThatThrownBy(() -> RequestSearch.query(null, "12,x", null, null, null, null, NOW))
                .isInstanceOf(Open311Refusal.class);
    }
}
