package se.lofte.citizenreports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

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
import se.lofte.shared.Problem;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receiving residents' reports on the real schema: what is refused and where, that a submission is stored exactly
 * once however often it is sent, that nothing is public before a moderator publishes it, and that the photo
 * anyone may fetch is a clean JPEG.
 */
@SpringBootTest
class CitizenReportsIntegrationTests {

    // Bengtsfors's outline as the places tests import it, which a point is checked against, and a district in it.
    @RegisterExtension
    final ReportPlaces district = new ReportPlaces()
            .outline("bengtsfors", "Bengtsfors kommun", 11.90, 58.90, 12.55, 59.30)
            .area("bengtsfors", "Medborgarrapporternas centrum", 12.30, 59.10, 12.36, 59.16);
    @Autowired
    CitizenReports reports;
    @Autowired
    CitizenReportModeration moderation;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    Organisation bengtsfors;
    StaffMember moderator;

    @BeforeEach
    void aModeratorOfBengtsfors() {
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        moderator = staff.member("cr.moderator", bengtsfors.id(), Role.EDITOR);
    }

    @Test
    void aReportIsReceivedAsWrittenAndIsNotPublicUntilPublished() {
        var sent = reports.submit(report("Bilar kör för fort förbi skolan varje morgon.", 59.12, 12.33, null), "client-a");

        CitizenReportId id = received(sent);
        assertThat(reports.publicReport(id)).isEmpty();
        assertThat(reports.publicReports(ReportQuery.of("1460", 100))).noneMatch(r -> r.id().equals(id));

        assertThat(moderation.publish(moderator, id, "Bilar kör för fort förbi skolan på morgnarna.")).isEmpty();
        PublicReport shown = reports.publicReport(id).orElseThrow();
        assertThat(shown.text()).isEqualTo("Bilar kör för fort förbi skolan på morgnarna.");
        assertThat(shown.status()).isEqualTo(ReportStatus.MOTTAGEN);
        assertThat(shown.category()).isEqualTo(ReportCategory.STORANDE_TRAFIK);
        assertThat(shown.latitude()).isEqualTo(59.12);
        assertThat(shown.hasPhoto()).isFalse();
        assertThat(reports.publicReports(new ReportQuery("1460", List.of(id), Set.of(ReportCategory.STORANDE_TRAFIK),
                Set.of(ReportStatus.MOTTAGEN), null, null, 10))).extracting(PublicReport::id).containsExactly(id);
        assertThat(reports.publicReports(new ReportQuery("1460", List.of(id), Set.of(ReportCategory.BELYSNING), Set.of(),
                null, null, 10))).isEmpty();
        assertThat(jdbc.sql("select original_text from citizen_report where id = ?").param(id.value())
                .query(String.class).single()).isEqualTo("Bilar kör för fort förbi skolan varje morgon.");
    }

    @Test
    void theSameSubmissionSentAgainIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        NewReport report = new NewReport("1460", ReportCategory.BELYSNING, "Lampan vid gångtunneln är trasig.", null,
                null, "Gångtunneln vid stationen", "Kvällar", null, null, key);

        CitizenReportId first = received(reports.submit(report, "client-b"));
        CitizenReportId again = received(reports.submit(report, "client-b"));

        assertThat(again).isEqualTo(first);
        assertThat(rowsWithKey(key)).isEqualTo(1);
    }

    @Test
    void theSameSubmissionSentAtTheSameMomentIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        NewReport report = new NewReport("1460", ReportCategory.NEDSKRAPNING, "Soporna flödar över vid lekplatsen.",
                null, null, "Lekplatsen i parken", null, null, null, key);
        List<Callable<Submission>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sends.add(() -> reports.submit(report, null));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CitizenReportId> ids = new ArrayList<>();
            for (Future<Submission> answer : threads.invokeAll(sends)) {
                ids.add(received(answer.get()));
            }
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            threads.shutdown();
        }
        assertThat(rowsWithKey(key)).isEqualTo(1);
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAtItsFieldAndNothingIsStored() {
        String key = UUID.randomUUID().toString();
        var sent = reports.submit(new NewReport("1460", ReportCategory.ANNAT, "Grannen 19121212-1212 kastar skräp.",
                null, null, "Storgatan 1", "Efter 811218-9876", null, null, key), "client-c");

        assertThat(sent).isInstanceOf(Submission.Refused.class);
        assertThat(((Submission.Refused) sent).problems()).containsExactly(
                Problem.of("description", "cr.problem.personalNumber"),
                Problem.of("whenItHappens", "cr.problem.personalNumber"));
        assertThat(rowsWithKey(key)).isZero();
    }

    @Test
    void refusesAReportWithoutPlaceCategoryOrTextAndAPointOutsideTheMunicipality() {
        var empty = reports.submit(new NewReport("1460", null, " ", null, null, null, null, null, null, null), null);
        assertThat(((Submission.Refused) empty).problems()).containsExactly(
                Problem.of("category", "cr.problem.categoryMissing"),
                Problem.of("description", "cr.problem.descriptionMissing"),
                Problem.of("placeInWords", "cr.problem.placeMissing"));

        var outside = reports.submit(report("Mörkt.", 57.70, 11.97, null), null);
        assertThat(((Submission.Refused) outside).problems())
                .containsExactly(Problem.of("latitude", "cr.problem.pointOutside", bengtsfors.shortName()));

        var unknown = reports.submit(new NewReport("9999", ReportCategory.ANNAT, "Text", null, null, "Torget", null,
                null, null, null), null);
        assertThat(((Submission.Refused) unknown).problems())
                .containsExactly(Problem.of("municipalityCode", "cr.problem.municipalityUnknown"));
    }

    @Test
    void withoutAnOutlineAPointOutsideEveryDistrictIsReceivedAndOneInADistrictIsPlacedInIt() {
        // Rapportby drew a district but not its outline: a point elsewhere may well be in it.
        var rapportby = organisations.municipalityBySlug("rapportby").map(Organisation::id)
                .orElseGet(() -> organisations.addFictionalMunicipality("Rapportby", "9964", "Provlän"));
        long centrum = ReportFixtures.area(jdbc, rapportby.value(), "9964", "Rapportbys centrum", 13.50, 60.50, 13.56,
                60.56);

        CitizenReportId elsewhere = received(reports.submit(new NewReport("9964", ReportCategory.BELYSNING,
                "Lampan vid badplatsen är trasig.", 60.70, 13.80, null, null, null, null, UUID.randomUUID().toString()),
                null));
        CitizenReportId inCentrum = received(reports.submit(new NewReport("9964", ReportCategory.BELYSNING,
                "Lampan vid torget är trasig.", 60.53, 13.53, null, null, null, null, UUID.randomUUID().toString()),
                null));

        assertThat(areaOf(elsewhere)).isNull();
        assertThat(areaOf(inCentrum)).isEqualTo(centrum);
    }

    @Test
    void namesAndPhoneNumbersAreFlaggedForTheModeratorNotRefused() {
        CitizenReportId id = received(reports.submit(report("Anna Svensson på 070-123 45 67 vet mer.", 59.12, 12.33,
                null), null));

        StoredReport stored = moderation.report(moderator, id);
        assertThat(stored.mentions()).extracting(m -> m.kind().name() + " " + m.text())
                .contains("PHONE_NUMBER 070-123 45 67", "NAME Anna Svensson");
    }

    @Test
    void thePhotoOfAPublishedReportIsAJpegWithoutMetadata() throws IOException {
        CitizenReportId id = received(reports.submit(new NewReport("1460", ReportCategory.SKADEGORELSE,
                "Krossad busskur.", 59.13, 12.34, null, null, png(), null, UUID.randomUUID().toString()), null));
        assertThat(reports.publicPhoto(id)).isEmpty();

        moderation.publish(moderator, id, "Krossad busskur.");

        byte[] photo = reports.publicPhoto(id).orElseThrow();
        assertThat(photo[0] & 0xff).isEqualTo(0xff);
        assertThat(photo[1] & 0xff).isEqualTo(0xd8);
        assertThat(reports.publicReport(id).orElseThrow().hasPhoto()).isTrue();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo)).getWidth()).isEqualTo(40);
    }

    @Test
    void aFileThatIsNoPictureIsRefusedAtThePhoto() {
        var sent = reports.submit(new NewReport("1460", ReportCategory.SKADEGORELSE, "Krossad busskur.", 59.13, 12.34,
                null, null, "not a picture".getBytes(), null, null), null);
        assertThat(((Submission.Refused) sent).problems()).containsExactly(Problem.of("photo", "photo.notAnImage"));
    }

    private NewReport report(String text, Double latitude, Double longitude, String email) {
        return new NewReport("1460", ReportCategory.STORANDE_TRAFIK, text, latitude, longitude, null, null, null, email,
                UUID.randomUUID().toString());
    }

    private Long areaOf(CitizenReportId id) {
        return jdbc.sql("select area_id from citizen_report where id = ?").param(id.value()).query(Long.class).optional().orElse(null);
    }

    static CitizenReportId received(Submission submission) {
        assertThat(submission).isInstanceOf(Submission.Received.class);
        return ((Submission.Received) submission).id();
    }

    private long rowsWithKey(String key) {
        return jdbc.sql("select count(*) from citizen_report where submission_key = ?").param(key).query(Long.class)
                .single();
    }

    static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
