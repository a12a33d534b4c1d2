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
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.Submission;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' reports as evidence on a commitment: made by hand at two focus places of a promise and a third place it
 * does not name, inside and outside the follow-up's year, one hidden and one merged into another. Only the reports at
 * the promise's places in the year count, each problem once, per category, small counts as "fewer than 5"; a place
 * nobody reported at gives no line.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ResidentReportEvidenceIntegrationTests {

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    CitizenReports reports;
    @Autowired
    CitizenReportModeration moderation;
    @Autowired
    Organisations organisations;
    @Autowired
    MovableClock clock;
    @Autowired
    TestStaff staff;

    @Test
    void reportsAtTheFocusPlacesInThePeriodAreCountedOncePerCategory() {
        int year = TestYears.importable();
        var reported = fixtures.focusPlace("Rapporttorget " + year, 12.400, 59.000, 12.402, 59.001);
        var quiet = fixtures.focusPlace("Tysta torget " + year, 12.420, 59.000, 12.422, 59.001);
        var elsewhere = fixtures.focusPlace("Andra torget " + year, 12.440, 59.000, 12.442, 59.001);
        var promise = fixtures.measuredUntilDecember(year, List.of(reported, quiet));
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var moderator = staff.member("report.evidence.redaktor", bengtsfors.id(), Role.EDITOR);

        clock.setDay(LocalDate.of(year, 6, 1));
        CitizenReportId first = null;
        for (int i = 0; i < 6; i++) {
            var id = report(bengtsfors.scbCode(), ReportCategory.STORANDE_TRAFIK, reported);
            first = first == null ? id : first;
        }
        var duplicate = report(bengtsfors.scbCode(), ReportCategory.STORANDE_TRAFIK, reported);
        assertThat(moderation.merge(moderator, duplicate, first)).isEmpty();
        report(bengtsfors.scbCode(), ReportCategory.BELYSNING, reported);
        report(bengtsfors.scbCode(), ReportCategory.BELYSNING, reported);
        var hidden = report(bengtsfors.scbCode(), ReportCategory.NARKOTIKA, reported);
        assertThat(moderation.hide(moderator, hidden, "Inte en plats.")).isEmpty();
        for (int i = 0; i < 5; i++) {
            report(bengtsfors.scbCode(), ReportCategory.NEDSKRAPNING, elsewhere);
        }
        clock.setDay(LocalDate.of(year - 1, 12, 15));
        for (int i = 0; i < 5; i++) {
            report(bengtsfors.scbCode(), ReportCategory.SKADEGORELSE, reported);
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

    private CitizenReportId report(String municipality, ReportCategory category, PromiseContent.FocusPlaceRef place) {
        String name = place.name();
        double longitude = name.startsWith("Rapport") ? 12.401 : name.startsWith("Tysta") ? 12.421 : 12.441;
        var sent = reports.submit(new NewReport(municipality, category, "Det händer här ofta på kvällarna.", 59.0005,
                longitude, null, null, null, null, null), null);
        assertThat(sent).isInstanceOf(Submission.Received.class);
        return ((Submission.Received) sent).id();
    }

    private static List<String> reportLines(List<Evidence> all, Function<Evidence, String> language, String start) {
        return all.stream().map(language).filter(line -> line.startsWith(start)).toList();
    }
}
