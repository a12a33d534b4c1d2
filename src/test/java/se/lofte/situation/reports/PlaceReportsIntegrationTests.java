package se.lofte.situation.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of place reports on the real schema: what is refused and why, what a report becomes (one
 * person-free incident per category), and the seven days in which its reporter may correct or withdraw it.
 */
@SpringBootTest
class PlaceReportsIntegrationTests {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    // South-east of the hand-made Bengtsfors districts that the places tests import into the same database: inside
    // them, the smallest containing area would be theirs. The outline is theirs too, which a point is checked against.
    @RegisterExtension
    final ReportPlaces places = new ReportPlaces().outline("bengtsfors", "Bengtsfors kommun", 11.90, 58.90, 12.55, 59.30)
            .area("bengtsfors", "Centrum", 12.20, 59.00, 12.26, 59.06)
            .street("bengtsfors", "Stationsvägen", 12.24, 59.01, 12.25, 59.011)
            .area("amal", "Åmåls centrum", 12.68, 59.04, 12.72, 59.06);
    @Autowired
    PlaceReports reports;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    Organisation bengtsfors;
    Organisation amal;
    StaffMember reporter;
    long centrum;
    long storgatan;
    long amalArea;

    @BeforeEach
    void aReporterOfBengtsforsWithPlaces() {
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        reporter = staff.member("rules.rapportor", bengtsfors.id(), Role.REPORTER);
        centrum = places.id("Centrum");
        storgatan = places.id("Stationsvägen");
        amalArea = places.id("Åmåls centrum");
    }

    @Test
    void eachCheckedCategoryBecomesOnePersonFreeIncident() {
        String yesterday = reports.today().minusDays(1).toString();
        ReportResult result = reports.submit(reporter, input("segment:" + storgatan, "", List.of("Klotter", "Nedskräpning"),
                yesterday, "", "kvall", "Nytt klotter på busskuret."));

        assertThat(result.problems()).isEmpty();
        List<Map<String, Object>> incidents = incidents(result.reportId());
        assertThat(incidents).hasSize(2);
        assertThat(incidents).extracting(i -> i.get("category")).containsExactlyInAnyOrder("Klotter", "Nedskräpning");
        Map<String, Object> first = incidents.getFirst();
        assertThat(first.get("source_id")).isEqualTo(result.reportId() + "/" + first.get("category"));
        assertThat(first.get("place_precision")).isEqualTo("SEGMENT");
        assertThat(((Number) first.get("segment_id")).longValue()).isEqualTo(storgatan);
        assertThat(((Number) first.get("area_id")).longValue()).isEqualTo(centrum);
        assertThat(first.get("municipality_code")).isEqualTo("1460");
        assertThat(first.get("place_name")).isEqualTo("Stationsvägen");
        assertThat(((Number) first.get("organisation_id")).longValue()).isEqualTo(bengtsfors.id().value());
        OffsetDateTime from = jdbc.sql("select starts_at from incident where source_id = ?").param(first.get("source_id"))
                .query(OffsetDateTime.class).single();
        OffsetDateTime to = jdbc.sql("select ends_at from incident where source_id = ?").param(first.get("source_id"))
                .query(OffsetDateTime.class).single();
        assertThat(from.atZoneSameInstant(SWEDEN).toLocalDateTime()).isEqualTo(LocalDate.parse(yesterday).atTime(18, 0));
        assertThat(to.atZoneSameInstant(SWEDEN).toLocalDateTime()).isEqualTo(LocalDate.parse(yesterday).plusDays(1).atStartOfDay());
        assertThat(first.values()).noneMatch(v -> "rules.rapportor".equals(v));
        assertThat(audit(result.reportId())).containsExactly("reported");
    }

    @Test
    void aPointIsPlacedInItsAreaAndAFreeTextNameStaysInTheMunicipality() {
        String today = reports.today().toString();
        ReportResult point = reports.submit(reporter, at("59.0100", "12.2450", "Trasig belysning"));
        assertThat(point.problems()).isEmpty();
        Map<String, Object> atPoint = incidents(point.reportId()).getFirst();
        assertThat(atPoint.get("place_precision")).isEqualTo("POINT");
        assertThat(((Number) atPoint.get("area_id")).longValue()).isEqualTo(centrum);

        ReportResult named = reports.submit(reporter, input("", "Lekplatsen vid skolan", List.of("Otrygg plats"), today,
                "", "", ""));
        Map<String, Object> byName = incidents(named.reportId()).getFirst();
        assertThat(byName.get("place_precision")).isEqualTo("AREA");
        assertThat(byName.get("place_name")).isEqualTo("Lekplatsen vid skolan");
        assertThat(byName.get("municipality_code")).isEqualTo("1460");
        assertThat(byName.get("latitude")).isNull();
    }

    @Test
    void refusesADateInTheFuture() {
        String tomorrow = reports.today().plusDays(1).toString();
        assertThat(problems(input("area:" + centrum, "", List.of("Klotter"), tomorrow, "", "", "")))
                .containsExactly(Problem.of("date", "reports.problem.dateFuture"));
    }

    @Test
    void refusesADateOrTimeItCannotReadAndQuotesIt() {
        assertThat(problems(input("area:" + centrum, "", List.of("Klotter"), "2025-02-30", "", "", "")))
                .containsExactly(Problem.of("date", "reports.problem.dateInvalid", "2025-02-30"));
        String today = reports.today().toString();
        assertThat(problems(input("area:" + centrum, "", List.of("Klotter"), today, "25:00", "", "")))
                .containsExactly(Problem.of("time", "reports.problem.timeInvalid", "25:00"));
    }

    @Test
    void refusesAPersonalIdentityNumberInTheTextAndSaysWhichNumber() {
        List<Problem> problems = problems(input("area:" + centrum, "", List.of("Klotter"), reports.today().toString(), "",
                "", "Han med nummer 121212-1212 var där."));
        assertThat(problems).containsExactly(Problem.of("text", "reports.problem.personalNumber", "121212-1212"));
    }

    @Test
    void refusesAReportWithoutCategory() {
        assertThat(problems(input("area:" + centrum, "", List.of(), reports.today().toString(), "", "", "")))
                .containsExactly(Problem.of("categories", "reports.problem.noCategory"));
    }

    @Test
    void refusesAPlaceOutsideTheOrganisationsMunicipality() {
        String today = reports.today().toString();
        assertThat(problems(input("area:" + amalArea, "", List.of("Klotter"), today, "", "", "")))
                .containsExactly(Problem.of("place", "reports.problem.placeOutside", bengtsfors.name()));
        assertThat(problems(at("59.05", "12.70", "Klotter")))
                .containsExactly(Problem.of("place", "reports.problem.pointOutside", bengtsfors.name()));
    }

    @Test
    void aPointIsReadAsPeopleTypeNumbersAndNothingElseIsAPoint() {
        ReportResult withCommas = reports.submit(reporter, at("59,0100", "12,2450", "Trasig belysning"));
        assertThat(withCommas.problems()).isEmpty();
        assertThat(((Number) incidents(withCommas.reportId()).getFirst().get("area_id")).longValue()).isEqualTo(centrum);
        for (String[] point : new String[][]{{"NaN", "NaN"}, {"5.901e1", "12.245"}, {"59.01", "Infinity"}}) {
            assertThat(problems(at(point[0], point[1], "Klotter")))
                    .as(String.join(" ", point)).containsExactly(Problem.of("place", "reports.problem.pointInvalid"));
        }
    }

    @Test
    void refusesAReportForAnotherOrganisation() {
        var forAmal = new ReportInput(amal.id().value(), "1492", "area:" + amalArea, "", "", "", List.of("Klotter"),
                reports.today().toString(), "", "", "");
        assertThatThrownBy(() -> reports.submit(reporter, forAmal)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void theReporterCorrectsAndWithdrawsWithinSevenDays() {
        String today = reports.today().toString();
        String id = reports.submit(reporter, input("area:" + centrum, "", List.of("Klotter"), today, "", "", "")).reportId();

        ReportResult corrected = reports.correct(reporter, id, input("segment:" + storgatan, "", List.of("Inbrott",
                "Skadegörelse"), today, "", "natt", "Fönster krossat."));
        assertThat(corrected.problems()).isEmpty();
        assertThat(incidents(id)).extracting(i -> i.get("category")).containsExactlyInAnyOrder("Inbrott", "Skadegörelse");
        assertThat(reports.own(reporter, id).orElseThrow().content().input().partOfDay()).isEqualTo("natt");

        assertThat(reports.withdraw(reporter, id)).isEmpty();
        assertThat(incidents(id)).isEmpty();
        assertThat(reports.own(reporter, id).orElseThrow().withdrawn()).isTrue();
        assertThat(audit(id)).containsExactly("reported", "corrected", "withdrawn");
    }

    @Test
    void refusesToWithdrawAfterSevenDays() {
        String id = reports.submit(reporter, input("area:" + centrum, "", List.of("Klotter"),
                reports.today().minusDays(8).toString(), "", "", "")).reportId();
        jdbc.sql("update place_report set reported_at = ? where id = ?")
                .params(OffsetDateTime.now().minusDays(7).minusMinutes(1), id).update();

        assertThat(reports.withdraw(reporter, id)).contains(Problem.of("report", "reports.problem.tooLate", "7"));
        assertThat(incidents(id)).hasSize(1);
        assertThat(reports.correct(reporter, id, input("area:" + centrum, "", List.of("Inbrott"),
                reports.today().toString(), "", "", "")).problems())
                .containsExactly(Problem.of("report", "reports.problem.tooLate", "7"));
    }

    @Test
    void onlyTheReporterMayChangeAReport() {
        String id = reports.submit(reporter, input("area:" + centrum, "", List.of("Klotter"), reports.today().toString(),
                "", "", "")).reportId();
        StaffMember colleague = staff.member("rules.kollega", bengtsfors.id(), Role.REPORTER);

        assertThatThrownBy(() -> reports.withdraw(colleague, id)).isInstanceOf(NotAllowed.class);
        assertThat(incidents(id)).hasSize(1);
    }

    @Test
    void theWeeklyPictureCountsCategoriesPerPlaceForTheOrganisationsAnalysts() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        reports.submit(reporter, input("segment:" + storgatan, "", List.of("Klotter", "Inbrott"), "2025-03-04", "", "", ""));
        reports.submit(reporter, input("segment:" + storgatan, "", List.of("Klotter"), "2025-03-09", "", "kvall", ""));
        reports.submit(reporter, input("segment:" + storgatan, "", List.of("Klotter"), "2025-03-10", "", "", ""));
        StaffMember analyst = staff.member("rules.analytiker", bengtsfors.id(), Role.ANALYST);

        WeeklyPicture picture = reports.week(analyst, bengtsfors.id(), monday);

        assertThat(picture.reports()).isEqualTo(2);
        assertThat(picture.byPlaceAndCategory()).containsExactly(new WeeklyPicture.Count("Stationsvägen", "Inbrott", 1),
                new WeeklyPicture.Count("Stationsvägen", "Klotter", 2));
        assertThatThrownBy(() -> reports.week(reporter, bengtsfors.id(), monday)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void anAdministratorAddsCategoriesOfTheOrganisationsOwn() {
        StaffMember admin = staff.member("rules.admin", bengtsfors.id(), Role.ORGANISATION_ADMIN);
        String name = "Farlig trafik " + System.nanoTime();

        assertThat(reports.addCategory(admin, bengtsfors.id(), name)).isEmpty();
        assertThat(reports.addCategory(admin, bengtsfors.id(), name.toUpperCase()))
                .contains(Problem.of("name", "reports.problem.categoryTaken", name.toUpperCase()));
        assertThat(reports.categories(bengtsfors.id())).extracting(ReportCategory::name).startsWith("Skadegörelse")
                .endsWith(name);
        assertThat(reports.categories(amal.id())).extracting(ReportCategory::name).doesNotContain(name);
        assertThatThrownBy(() -> reports.addCategory(reporter, bengtsfors.id(), "Annat"))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void aLocalPoliceAreaReportsForTheMunicipalitiesItCovers() {
        StaffMember police = staff.member("rules.polis", staff.localPoliceArea("LPO Östra Fyrbodal"), Role.REPORTER);

        assertThat(reports.reportingFor(police))
                .extracting(ReportingFor::municipalityCode).containsExactlyInAnyOrder("1492", "1438", "1460", "1461");
    }

    private List<Problem> problems(ReportInput input) {
        ReportResult result = reports.submit(reporter, input);
        assertThat(result.reportId()).isNull();
        return result.problems();
    }

    /** A report of today at a point, as the map writes it into the form's two coordinate fields. */
    private ReportInput at(String latitude, String longitude, String category) {
        return new ReportInput(bengtsfors.id().value(), "1460", "", "", latitude, longitude, List.of(category),
                reports.today().toString(), "", "", "");
    }

    private ReportInput input(String place, String placeName, List<String> categories, String date, String time,
                              String partOfDay, String text) {
        return new ReportInput(bengtsfors.id().value(), "1460", place, placeName, "", "", categories, date, time,
                partOfDay, text);
    }

    private List<Map<String, Object>> incidents(String reportId) {
        return jdbc.sql("select * from incident where source = 'platsrapport' and source_id like ? order by category")
                .param(reportId + "/%").query().listOfRows();
    }

    private List<String> audit(String reportId) {
        return jdbc.sql("select action from audit_event where subject_type = 'place_report' and subject_id = ? order by id")
                .param(reportId).query(String.class).list();
    }
}
