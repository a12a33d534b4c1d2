package se.lofte.followup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.publishing.PdfUa;
import se.lofte.publishing.ReportPdfs;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a promise's year in Chromium, as the two parties' staff do it, on a promise made here (never the seed
 * promise): a goal counted from its measures and logged measures, a focus place on the map. A police editor and
 * signatory opens the year-end follow-up, gets a refused save that keeps what was typed, judges one goal not
 * reached with its reason, signs, and is refused publishing until the municipality has signed; the municipality's
 * signatory signs and publishes. The follow-up then shows on the promise page in Swedish and English, in its feed,
 * in the widget at the address the page gives for embedding, and in the report PDF the page links to, drawn page by
 * page and passing PDF/UA. Last, "Gör nästa års löfte" makes next year's draft, which both parties sign and publish
 * on the promise's status page, and both years' public pages show the lineage. Every page passes axe; the public
 * pages fit a phone.
 */
@BrowserTest
@Import(MovableClock.Config.class)
class FollowUpBrowserTests {

    private static final String POLICE = "followup.browser.polis";
    private static final String MUNICIPALITY = "followup.browser.kommun";
    private static final Pattern PROMISE_ID = Pattern.compile("/manage/promises/(\\d+)");

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    MeasureManagement measures;

    @Test
    void theTwoPartiesFollowUpAPromisePublishItAndCarryItIntoNextYear() throws Exception {
        int year = TestYears.withNext();
        String place = "Torget " + year;
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(fixtures.focusPlace(place, 12.43, 59.13,
                12.44, 59.14)), "20", "25");

        String followUp = assessedAndSignedByThePolice(id, year);
        signedAndPublishedByTheMunicipality(followUp);

        browser.clickAndWait(By.linkText("Visa på löftets sida"));
        String page = "/kommun/bengtsfors/medborgarlofte/" + year;
        assertThat(browser.driver().getCurrentUrl()).endsWith(page);
        assertThat(browser.text(".followup-totals")).contains("Uppföljning: 1 av 2 mål nådda");
        assertThat(text()).contains("Helårsuppföljning " + year + ": Ej uppfyllt", "Orsak: Resurser",
                "Färre poliser än planerat under hösten.", "Helårsuppföljning " + year + ": Delvis uppfyllt",
                "Hälften av lamporna kom upp.");
        browser.driver().findElements(By.cssSelector(".followup-evidence summary")).forEach(WebElement::click);
        assertThat(browser.driver().findElements(By.cssSelector(".followup-evidence")).stream().map(WebElement::getText))
                .anySatisfy(evidence -> assertThat(evidence).contains("Värde: 45 fordon kontrollerade"));
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("followup-public");
        String pdf = browser.byCss("a[type='application/pdf']").getAttribute("href");
        String widget = URI.create(embeddedFrameAddress()).getPath();
        // A municipality's site frames the widget at the address the page gives; Swedish first, as the page set it.
        assertThat(widget).isEqualTo("/widget" + page);
        browser.open(browser.url(widget));
        assertThat(browser.text(".lofte-followup")).contains("Uppföljning: 1 av 2 mål nådda",
                "Helårsuppföljning " + year);
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("followup-widget");

        browser.open(browser.url(page + "?lang=en"));
        assertThat(browser.text(".followup-totals")).contains("Follow-up: 1 of 2 goals reached");
        assertThat(text()).contains("Year-end follow-up " + year + ": Not fulfilled", "Reason: Resources");
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url(widget + "?lang=en"));
        assertThat(browser.text(".lofte-followup")).contains("Follow-up: 1 of 2 goals reached",
                "Year-end follow-up " + year);
        Axe.assertNoViolations(browser.driver());

        var feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(page + "/flode.atom")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.body()).contains("Helårsuppföljning " + year + ": 1 av 2 mål nådda");

        theReportHoldsEverySectionAndPassesPdfUa(pdf, id, year, place);
        nextYearIsMadeSignedAndPublishedAndTheYearsAreLinked(followUp, year);
    }

    /**
     * An editor of the police keeps "did it work" for a traffic control at a focus place as evidence on its
     * commitment ({@link EffectEvidenceFixture}'s known counts): a buffer out of range is refused at its field with
     * the control and category kept, then the comparison is added (an explanation typed meanwhile and not saved
     * stays as typed), its plain lines stand in the evidence and all its figures open under it, in Swedish and English.
     */
    @Test
    void anEditorKeepsAComparisonWithAControlAreaAsEvidence() {
        int year = TestYears.importable();
        var places = EffectEvidenceFixture.insert(fixtures, jdbc, organisations, year);
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(places.target()));
        places.measure(measures, fixtures, id);
        browser.driver().manage().deleteAllCookies();
        browser.signInAsStaff("followup.browser.effekt", fixtures.police().id(), Role.EDITOR);
        browser.open(browser.url("/manage/promises/" + id + "/followups"));
        new Select(browser.byId("year")).selectByVisibleText(Integer.toString(year));
        browser.byCss("input[name=kind][value=YEAR_END]").click();
        browser.clickAndWait(By.cssSelector("form[action$='/followups'] button"));
        String followUp = browser.driver().getCurrentUrl();
        assertThat(browser.text("#row-commitment-c1 fieldset.effect-offer legend"))
                .isEqualTo("Lägg till jämförelsen som underlag");
        Axe.assertNoViolations(browser.driver());

        new Select(browser.byId("effects-0-control")).selectByVisibleText("Kontrolltorget " + year);
        browser.byId("effects-0-buffer").clear();
        browser.type("effects-0-buffer", "9000");
        new Select(browser.byId("effects-0-category")).selectByVisibleText("Stöld");
        browser.clickAndWait(By.xpath("//button[text()='Lägg till som underlag']"));
        assertThat(browser.text("#error-summary")).contains("Åtagande 1: Avståndet 9000 går inte att använda.");
        assertThat(browser.byId("effects-0-buffer").getDomProperty("value")).isEqualTo("9000");
        assertThat(new Select(browser.byId("effects-0-control")).getFirstSelectedOption().getText())
                .isEqualTo("Kontrolltorget " + year);
        assertThat(new Select(browser.byId("effects-0-category")).getFirstSelectedOption().getText()).isEqualTo("Stöld");
        Axe.assertNoViolations(browser.driver());

        browser.byId("effects-0-buffer").clear();
        browser.type("effects-0-buffer", "200");
        // An explanation typed and not yet saved comes back as typed: the add button sends the verdicts' form.
        var explanation = browser.byCss("#row-commitment-c1 textarea[name$='.explanation']");
        explanation.sendKeys("Kontrollerna gjordes varje vecka.");
        browser.clickAndWait(By.xpath("//button[text()='Lägg till som underlag']"));
        assertThat(text()).contains("Jämförelsen är tillagd som underlag.", "inte sparade än");
        assertThat(browser.byCss("#row-commitment-c1 textarea[name$='.explanation']").getDomProperty("value"))
                .isEqualTo("Kontrollerna gjordes varje vecka.");
        assertThat(browser.text("#row-commitment-c1 ul.evidence")).contains("Insatsen vid Effekttorget " + year
                        + ", 1 juni " + year + "–10 juni " + year + ", jämförd med kontrollområdet Kontrolltorget " + year,
                "Relativ effekt 0,25 (95 % konfidensintervall 0,10 till 0,63)");
        browser.byCss("details.effect-figures-all summary").click();
        assertThat(browser.text("details.effect-figures-all table tbody")).contains("Fokusplatsen 40 10");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("followup-effect");

        browser.open(followUp + "?lang=en");
        assertThat(browser.text("#row-commitment-c1 ul.evidence")).contains("The measure at Effekttorget " + year,
                "Relative effect 0.25 (95% confidence interval 0.10 to 0.63)");
        Axe.assertNoViolations(browser.driver());
    }

    /** The police's editor and signatory: opens, is refused, judges, signs, and cannot publish alone. */
    private String assessedAndSignedByThePolice(PromiseId id, int year) {
        browser.signInAsStaff(POLICE, fixtures.police().id(), Role.EDITOR, Role.SIGNATORY);
        browser.open(browser.url("/manage/promises/" + id));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.linkText("Gemensam uppföljning"));
        assertThat(text()).contains("Ingen uppföljning är påbörjad än.");
        Axe.assertNoViolations(browser.driver());
        new Select(browser.byId("year")).selectByVisibleText(Integer.toString(year));
        browser.byCss("input[name=kind][value=YEAR_END]").click();
        browser.clickAndWait(By.cssSelector("form[action$='/followups'] button"));
        assertThat(text()).contains("Uppföljningen är påbörjad", "Helårsuppföljning " + year,
                "Värde: 45 fordon kontrollerade", "Insatser under perioden: 2 (45 fordon kontrollerade).");
        Axe.assertNoViolations(browser.driver());

        verdict(0, "Uppfyllt");
        verdict(1, "Delvis uppfyllt");
        verdict(2, "Ej uppfyllt");
        verdict(3, "Uppfyllt");
        browser.clickAndWait(By.xpath("//main//form//button[text()='Spara bedömningarna' and not(@tabindex)]"));
        assertThat(browser.text("#error-summary")).contains("Mål 1: Välj en orsak",
                "Mål 1: Skriv en förklaring till invånarna");
        assertThat(new Select(browser.byId("rows-1-verdict")).getFirstSelectedOption().getText())
                .isEqualTo("Delvis uppfyllt");
        assertThat(new Select(browser.byId("rows-2-verdict")).getFirstSelectedOption().getText()).isEqualTo("Ej uppfyllt");
        assertThat(new Select(browser.byId("rows-3-verdict")).getFirstSelectedOption().getText()).isEqualTo("Uppfyllt");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("followup-refused");

        new Select(browser.byId("rows-1-reason")).selectByVisibleText("Resurser");
        browser.type("rows-1-explanation", "Hälften av lamporna kom upp.");
        new Select(browser.byId("rows-2-reason")).selectByVisibleText("Resurser");
        browser.type("rows-2-explanation", "Färre poliser än planerat under hösten.");
        browser.clickAndWait(By.xpath("//main//form//button[text()='Spara bedömningarna' and not(@tabindex)]"));
        assertThat(text()).contains("Bedömningarna är sparade.");
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för LPO Östra Fyrbodal']"));
        assertThat(text()).contains("Uppföljningen är undertecknad.");
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(text()).contains("kan inte publiceras förrän alla parter har undertecknat. Saknas: Bengtsfors kommun.");
        Axe.assertNoViolations(browser.driver());
        return browser.driver().getCurrentUrl();
    }

    /** The municipality's editor and signatory finds the police's verdicts, signs and publishes. */
    private void signedAndPublishedByTheMunicipality(String followUp) {
        signInAs(MUNICIPALITY, fixtures.municipality());
        browser.open(followUp);
        assertThat(new Select(browser.byId("rows-2-reason")).getFirstSelectedOption().getText()).isEqualTo("Resurser");
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för Bengtsfors kommun']"));
        publishAs("Bengtsfors kommun");
        assertThat(text()).contains("Uppföljningen är publicerad på löftets sida.", "Publicerad som version 2");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("followup-staff");
    }

    /**
     * The PDF behind the page's link, as the council and the archive get it: every page drawn, every section's
     * words (the promise's, the verdicts with their reason, the measures, the map and the goal's chart as
     * alternative text, the signatures, the revision's hash), and no PDF/UA failure.
     */
    private void theReportHoldsEverySectionAndPassesPdfUa(String link, PromiseId id, int year, String place) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).contains("application/pdf");
        byte[] pdf = answer.body();
        assertThat(PdfUa.failures(pdf)).isEmpty();
        var revision = fixtures.latest(id);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ReportPdfs.pages(document, "followup-report", 100)).isNotEmpty().allMatch(ReportPdfs::inked);
            assertThat(ReportPdfs.outline(document)).containsExactly("Situationen idag", "Det här ska vi göra",
                    "Det här ska vi åstadkomma tillsammans", "Platser i fokus", "Gemensam uppföljning",
                    "Följ med i hur det går!", "Undertecknat av", "Om dokumentet");
            assertThat(ReportPdfs.text(document)).contains("Medborgarlöfte " + year, "Tryggare gator i Bengtsfors.",
                    "Skadegörelsen har ökat.", "Trafikkontroller", "Kontroller på Storgatan.", "Belysning",
                    "Bättre belysning i parken.", "Minst 100 kontrollerade fordon.", "Parken upplevs som tryggare.",
                    "Kontroll på Storgatan.", "25 fordon kontrollerade", place,
                    "Uppföljning: 1 av 2 mål nådda", "Ej uppfyllt", "Delvis uppfyllt", "Resurser",
                    "Färre poliser än planerat under hösten.", "Hälften av lamporna kom upp.",
                    "Värde: 45 fordon kontrollerade", "Insatser under perioden: 2 (45 fordon kontrollerade).", "Varje kvartal",
                    "Vi berättar på webben.", "Anna Andersson", "lokalpolisområdeschef", "Bo Berg",
                    "kommunstyrelsens ordförande", "Bengtsfors kommun", revision.hashes().record());
            assertThat(ReportPdfs.alternativeTexts(document))
                    .anySatisfy(alt -> assertThat(alt).contains("Utvecklingen mot målet: Kontrollerade fordon", "45"))
                    .anySatisfy(alt -> assertThat(alt).contains("Karta över platserna i fokus", place));
        }
    }

    /**
     * "Gör nästa års löfte" on the published follow-up: what is carried over and what is left, the draft in the
     * editor, signed by both parties and published on its status page; then both years' public pages link each other.
     */
    private void nextYearIsMadeSignedAndPublishedAndTheYearsAreLinked(String followUp, int year) {
        // The staff pages of this step in English first: the published follow-up and what would be carried over.
        browser.open(followUp + "?lang=en");
        assertThat(text()).contains("Year-end follow-up " + year, "Not fulfilled", "Make next year's promise");
        Axe.assertNoViolations(browser.driver());
        browser.open(followUp + "/next-year");
        assertThat(text()).contains("Next year's promise, " + (year + 1), "Carried over to next year");
        Axe.assertNoViolations(browser.driver());

        browser.open(followUp + "?lang=sv");
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.xpath("//form[contains(@action, '/next-year')]//button[text()='Gör nästa års löfte']"));
        assertThat(text()).contains("Utkastet till nästa års löfte är gjort", "Förs över till nästa år",
                "Åtagande 2: Belysning – Delvis uppfyllt", "Lämnas kvar (uppfyllt)",
                "Åtagande 1: Trafikkontroller – Uppfyllt");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("next-year-made");

        browser.clickAndWait(By.linkText("Öppna löftet för " + (year + 1) + " i redigeraren"));
        List<String> texts = browser.driver().findElements(By.tagName("textarea")).stream()
                .map(WebElement::getText).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Fortsätter från " + year
                + ": delvis uppfyllt – resurser"));
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains("Kontroller på Storgatan."));
        Axe.assertNoViolations(browser.driver());
        Matcher next = PROMISE_ID.matcher(browser.driver().getCurrentUrl());
        assertThat(next.find()).isTrue();
        String status = browser.url("/manage/promises/" + next.group(1));

        browser.open(status);
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för Bengtsfors kommun']"));
        assertThat(text()).contains("Underskriften är registrerad.");
        Axe.assertNoViolations(browser.driver());
        signInAs(POLICE, fixtures.police());
        browser.open(status);
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för LPO Östra Fyrbodal']"));
        publishAs("LPO Östra Fyrbodal");
        assertThat(text()).contains("Publicerat");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/kommun/bengtsfors/medborgarlofte/" + (year + 1)));
        assertThat(browser.text("nav.lineage")).isEqualTo("Tidigare år: " + year + " → " + (year + 1));
        assertThat(browser.byCss("nav.lineage a[aria-current=page]").getText()).isEqualTo(Integer.toString(year + 1));
        assertThat(browser.text("#commitment-c2 p.continues")).isEqualTo("Fortsättning på åtagande 2 i " + year
                + " års löfte");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("next-year-public");

        browser.clickAndWait(By.cssSelector("#commitment-c2 p.continues a"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/medborgarlofte/" + year + "#commitment-c2");
        assertThat(browser.byCss("nav.lineage a[aria-current=page]").getText()).isEqualTo(Integer.toString(year));
        assertThat(browser.byCss("nav.lineage a:not([aria-current])").getText()).isEqualTo(Integer.toString(year + 1));
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
    }

    /** The address in the page's snippet for embedding the widget in a frame. */
    private static String embeddedFrameAddress() {
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(browser.byId("embed-iframe").getDomProperty("value"));
        assertThat(src.find()).isTrue();
        return src.group(1);
    }

    private static void signInAs(String username, PromiseContent.Party party) {
        browser.driver().manage().deleteAllCookies();
        browser.signInAsStaff(username, party.id(), Role.EDITOR, Role.SIGNATORY);
    }

    private static void publishAs(String name) {
        browser.byId("publisherName").clear();
        browser.type("publisherName", name);
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
    }

    private static void verdict(int row, String verdict) {
        new Select(browser.byId("rows-" + row + "-verdict")).selectByVisibleText(verdict);
    }

    private static String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
