package se.lofte.publishing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.surveys.ExternalResults;
import se.lofte.surveys.ExternalUpload;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.Http;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise page's links to the municipality's published safety survey results, over HTTP through the page
 * cache: a publication or a withdrawal shows at once, only the promise's years and the year before count, and a
 * survey whose results are not published is not linked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyLinksIntegrationTests {

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    SurveyManagement surveys;
    @Autowired
    SurveyResults results;
    @Autowired
    TestStaff staff;
    @Autowired
    ExternalResults external;

    OrganisationId bengtsfors;
    StaffMember analyst;

    @BeforeEach
    void anAnalystOfBengtsfors() {
        bengtsfors = staff.municipality("bengtsfors");
        analyst = testSurveys.analyst("surveys.bengtsfors", bengtsfors);
    }

    @Test
    void publishedResultsAreLinkedAndAWithdrawalTakesTheLinkAwayAtOnce() {
        var promise = promises.publish(TestYears.importableRow(4) + 2, c -> c);
        int year = promise.year();
        String baseline = "/kommun/bengtsfors/trygghetsundersokning/" + (year - 1);
        String during = "/kommun/bengtsfors/trygghetsundersokning/" + year;
        SurveyId before = openSurvey(year - 1);
        SurveyId inYear = openSurvey(year);

        Http.Answer first = http.get(promise.path(), null);
        assertThat(Jsoup.parse(first.body()).select("#surveys-behind")).as("nothing published yet").isEmpty();
        String etag = first.headers().get("etag").getFirst();

        results.publish(before, true, analyst);
        results.publish(inYear, true, analyst);
        assertThat(http.get(promise.path(), null, "If-None-Match", etag).status()).isEqualTo(200);
        Document page = Jsoup.parse(http.get(promise.path(), null).body());
        assertThat(page.select("#surveys-behind").text()).isEqualTo("Trygghetsundersökning");
        assertThat(page.select("a[href=" + baseline + "]").text()).isEqualTo("Resultat " + (year - 1));
        assertThat(page.select("a[href=" + baseline + "]").first().parent().text()).contains("utgångsläget");
        assertThat(page.select("a[href=" + during + "]").text()).isEqualTo("Resultat " + year);
        assertThat(page.select("a[href=" + during + "]").first().parent().text()).doesNotContain("utgångsläget");
        assertThat(http.get(during, null).status()).isEqualTo(200);

        Document english = Jsoup.parse(http.get(promise.path(), null, "Cookie", "lofte-lang=en").body());
        assertThat(english.select("#surveys-behind").text()).isEqualTo("Safety survey");
        assertThat(english.select("a[href=" + baseline + "]").first().parent().text())
                .isEqualTo("Results " + (year - 1) + " (the year before the promise, the baseline)");

        results.publish(inYear, false, analyst);
        Document withdrawn = Jsoup.parse(http.get(promise.path(), null).body());
        assertThat(withdrawn.select("a[href=" + during + "]")).isEmpty();
        assertThat(withdrawn.select("a[href=" + baseline + "]")).isNotEmpty();

        results.publish(before, false, analyst);
        assertThat(Jsoup.parse(http.get(promise.path(), null).body()).select("#surveys-behind")).isEmpty();
    }

    @Test
    void onlyThePromisesYearsAndTheYearBeforeAreLinked() {
        var promise = promises.publish(TestYears.importableRow(4) + 2, c -> c);
        int year = promise.year();
        SurveyId tooEarly = openSurvey(year - 2);
        SurveyId after = openSurvey(year + 1);
        results.publish(tooEarly, true, analyst);
        results.publish(after, true, analyst);
        openSurvey(year);

        Document page = Jsoup.parse(http.get(promise.path(), null).body());
        assertThat(page.select("#surveys-behind")).as("results of other years; this year's not published").isEmpty();
        // A later promise's years may reach the year after: leave it nothing published there.
        results.publish(after, false, analyst);
    }

    @Test
    void thePublicResultsAreKeptAndShowAnImportedSurveyBesideThemAtOnce() {
        int year = TestYears.lagesbild();
        String page = "/kommun/bengtsfors/trygghetsundersokning/" + year;
        SurveyId survey = openSurvey(year);
        surveys.close(survey, analyst);
        results.publish(survey, true, analyst);
        Http.Answer first = http.get(page, null);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.headers().get("etag").getFirst();
        assertThat(http.get(page, null, "If-None-Match", etag).status()).as("kept").isEqualTo(304);
        assertThat(http.get(page + ".csv", null).headers()).containsKey("etag");

        String source = "Polisens trygghetsundersökning " + year;
        byte[] file = ("fråga;frågenyckel;svarsalternativ;antal;svarande\n"
                + "Hur trygg känner du dig sent en kväll?;late-evening;Mycket trygg;40;100\n"
                + "Hur trygg känner du dig sent en kväll?;late-evening;Ganska otrygg;60;100\n")
                .getBytes(StandardCharsets.UTF_8);
        var imported = external.importFile(new ExternalUpload(bengtsfors, source, Integer.toString(year), "tu.csv",
                file, false), analyst);
        assertThat(imported.problems()).isEmpty();
        Http.Answer after = http.get(page, null, "If-None-Match", etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains(source);

        external.remove(imported.id(), analyst);
        assertThat(http.get(page, null).body()).doesNotContain(source);
    }

    private SurveyId openSurvey(int year) {
        return testSurveys.fromTemplate(bengtsfors, year, "Trygghet i Bengtsfors", "Safety in Bengtsfors", analyst).id();
    }
}
