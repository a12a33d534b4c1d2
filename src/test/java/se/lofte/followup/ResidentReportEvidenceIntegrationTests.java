package se.lofte.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.Submission;
import se.lofte.organisations.Organisations;
import se.lofte.places.PlaceIndex;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' reports as evidence on a commitment: made by hand at two focus places of a promise and a third place it
 * does not name, inside and outside the follow-up's year, one hidden, one merged into another and some never
 * published. Only the published reports at the promise's places in the year count, each problem once, per category,
 * small counts as "fewer than 5"; a place nobody reported at gives no line.
 *
 * <p>The places lie where no other test draws an area or a street (around 12.566 E, 58.77–58.79 N): a report's point
 * is placed in the smallest area holding it and at the nearest street, so another test's smaller area or nearer
 * street there would take the reports. The place index is reloaded after the places are drawn, since another test may
 * have loaded it before they existed.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ResidentReportEvidenceIntegrationTests {

    private static final double WEST = 12.465;
    private static final double EAST = 12.467;
    private static final double REPORTED_SOUTH = 58.920;
    private static final double QUIET_SOUTH = 58.930;
    private static final double ELSEWHERE_SOUTH = 58.940;
    private static final double HEIGHT = 0.001;

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    /**
     * The outline the report tests give Bengtsfors, which stays in a database they ran on: the places above lie in
     * it, so that the reports are received whether or not another test drew it first.
     */
    @RegisterExtension
    final ReportPlaces outline = new ReportPlaces().outline("bengtsfors", "Bengtsfors kommun", 11.90, 58.90, 12.55,
            59.30);
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    CitizenReports reports;
    @Autowired
    CitizenReportModeration moderation;
    @Autowired
    Organisations organisations;
    @Autowired
    PlaceIndex placeIndex;
    @Autowired
    MovableClock clock;
    @Autowired
    TestStaff staff;

    @Test
    void publishedReportsAtTheFocusPlacesInThePeriodAreCountedOncePerCategory() {
        int year = TestYears.importable();
        var reported = fixtures.focusPlace("Rapporttorget " + year, WEST, REPORTED_SOUTH, EAST,
                REPORTED_SOUTH + HEIGHT);
        var quiet = fixtures.focusPlace("Tysta torget " + year, WEST, QUIET_SOUTH, EAST, QUIET_SOUTH + HEIGHT);
        fixtures.focusPlace("Andra torget " + year, WEST, ELSEWHERE_SOUTH, EAST, ELSEWHERE_SOUTH + HEIGHT);
        placeIndex.refresh();
        var promise = fixtures.measuredUntilDecember(year, List.of(reported, quiet));
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var moderator = staff.member("report.evidence.redaktor", bengtsfors.id(), Role.EDITOR);
        String code = bengtsfors.scbCode();

        clock.setDay(LocalDate.of(year, 6, 1));
        CitizenReportId first = null;
        for (int i = 0; i < 6; i++) {
            var id = published(moderator, report(code, ReportCategory.STORANDE_TRAFIK, REPORTED_SOUTH));
            first = first == null ? id : first;
        }
        var duplicate = published(moderator, report(code, ReportCategory.STORANDE_TRAFIK, REPORTED_SOUTH));
        assertThat(moderation.merge(moderator, duplicate, first)).isEmpty();
        published(moderator, report(code, ReportCategory.BELYSNING, REPORTED_SOUTH));
        published(moderator, report(code, ReportCategory.BELYSNING, REPORTED_SOUTH));
        var hidden = published(moderator, report(code, ReportCategory.NARKOTIKA, REPORTED_SOUTH));
        assertThat(moderation.hide(moderator, hidden, "Inte en plats.")).isEmpty();
        // Received but never let through by staff: in the lägesbild, never in a public sealed document.
        for (int i = 0; i < 7; i++) {
            report(code, ReportCategory.OTRYGG_PLATS, REPORTED_SOUTH);
        }
        for (int i = 0; i < 5; i++) {
            published(moderator, report(code, ReportCategory.NEDSKRAPNING, ELSEWHERE_SOUTH));
        }
        clock.setDay(LocalDate.of(year - 1, 12, 15));
        for (int i = 0; i < 5; i++) {
            published(moderator, report(code, ReportCategory.SKADEGORELSE, REPORTED_SOUTH));
        }
        clock.setDay(LocalDate.of(year, 12, 20));

        var view = followUps.open(promise, year, FollowUpKind.YEAR_END, moderator);
        var evidence = followUps.evidence(followUps.find(view.id(), fixtures.both()).orElseThrow());
        List<String> sv = reportLines(evidence.of(ItemKind.COMMITMENT, "c2"), Evidence::sv, "Rapporter från boende");
        assertThat(sv).hasSize(1);
        assertThat(sv.getFirst()).startsWith("Rapporter från boende vid Rapporttorget " + year + ", ")
                .endsWith(": Störande trafik 6, Belysning färre än 5.");
        List<String> en = reportLines(evidence.of(ItemKind.COMMITMENT, "c2"), Evidence::en, "Residents' reports");
        assertThat(en).hasSize(1);
        assertThat(en.getFirst()).startsWith("Residents' reports at Rapporttorget " + year + ", ")
                .endsWith(": Disturbing traffic 6, Lighting fewer than 5.");
    }

    /** A report at the middle of the place whose box starts at this latitude. */
    private CitizenReportId report(String municipality, ReportCategory category, double south) {
        var sent = reports.submit(new NewReport(municipality, category, "Det händer här ofta på kvällarna.",
                south + HEIGHT / 2, (WEST + EAST) / 2, null, null, null, null, null), null);
        assertThat(sent).isInstanceOf(Submission.Received.class);
        return ((Submission.Received) sent).id();
    }

    private CitizenReportId published(StaffMember moderator, CitizenReportId id) {
        assertThat(moderation.publish(moderator, id, "Det händer här ofta på kvällarna.")).isEmpty();
        return id;
    }

    private static List<String> reportLines(List<Evidence> all, Function<Evidence, String> language, String start) {
        return all.stream().map(language).filter(line -> line.startsWith(start)).toList();
    }
}
