package se.lofte.publishing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal editor goes from the staff page of a published promise to its exports in Chromium, in Swedish and in
 * English (axe finds nothing), and every link there hands out the file it names: a ZIP, a PDF and an ODF text
 * document, each as a download with the promise's municipality and year in its name.
 */
@BrowserTest
class PromiseExportsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void theExportsPageLinksTheArchiveAndTheLawsDocumentationAsFilesOfTheirKind() throws Exception {
        var promise = promises.publish(c -> c);
        var municipality = promises.latest(promise.id()).content().parties().get(1);
        browser.signInAsStaff("exports.browser.kommun", municipality.id(), Role.EDITOR);
        browser.open(browser.url("/manage/promises/" + promise.id().value()));
        browser.clickAndWait(By.linkText("Export och arkiv"));
        assertThat(browser.text("h1")).startsWith("Export och arkiv:");
        assertThat(browser.text("main")).contains("Arkivuttag", "Dokumentation enligt lag (2023:196)");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("promise-exports");

        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("main section a"))) {
            links.put(link.getText(), link.getAttribute("href"));
        }
        assertThat(links).containsOnlyKeys("Hämta arkivuttaget (ZIP)", "Hämta som PDF",
                "Hämta som redigerbart dokument (ODF-text, .odt)");
        String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
        String year = Integer.toString(promise.year());
        assertFile(links.get("Hämta arkivuttaget (ZIP)"), session, "application/zip",
                "arkiv-medborgarlofte-bengtsfors-" + year + "-");
        assertFile(links.get("Hämta som PDF"), session, "application/pdf",
                "brottsforebyggande-bengtsfors-" + year + ".pdf");
        assertFile(links.get("Hämta som redigerbart dokument (ODF-text, .odt)"), session,
                "application/vnd.oasis.opendocument.text", "brottsforebyggande-bengtsfors-" + year + ".odt");

        browser.open(browser.driver().getCurrentUrl() + "?lang=en");
        assertThat(browser.text("h1")).startsWith("Export and archive:");
        assertThat(browser.text("main")).contains("Download the archive export (ZIP)", "Download as PDF");
        Axe.assertNoViolations(browser.driver());
    }

    private static void assertFile(String url, String session, String contentType, String fileName) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElseThrow()).as(url).startsWith(contentType);
        assertThat(answer.headers().firstValue("content-disposition").orElseThrow()).as(url).startsWith("attachment")
                .contains("filename=\"" + fileName);
        assertThat(answer.body()).as(url).isNotEmpty();
    }
}
