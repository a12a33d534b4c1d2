package se.lofte.accounts;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestIdentityProvider;
import se.lofte.testing.TestIdentityProvider.Person;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through a real OpenID provider started inside the test, in Chromium: the whole redirect
 * flow from Löfte's login page to the provider's login form and back. A person whose verified e-mail
 * address belongs to a Löfte account works as that account; anyone else is sent back to the login page.
 */
@BrowserTest
class SingleSignOnBrowserTests {

    private static final Person ANNA = new Person("anna", "annas-losenord", "Anna.Berg@Bengtsfors.se", true);
    private static final Person STRANGER = new Person("okand", "okands-losenord", "okand@example.se", true);

    private static TestIdentityProvider provider;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void bengtsforsSignsInThroughItsProvider(DynamicPropertyRegistry properties) {
        provider = TestIdentityProvider.start(ANNA, STRANGER);
        properties.add("spring.security.oauth2.client.registration.bengtsfors.client-id", () -> "lofte");
        properties.add("spring.security.oauth2.client.registration.bengtsfors.client-secret", () -> "hemligt");
        properties.add("spring.security.oauth2.client.registration.bengtsfors.client-name", () -> "Bengtsfors kommun");
        properties.add("spring.security.oauth2.client.registration.bengtsfors.scope", () -> "openid,email");
        properties.add("spring.security.oauth2.client.provider.bengtsfors.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void annaHasAnAccountInvitedByHerAddress() {
        staff.member("anna.berg", staff.municipality("bengtsfors"), Role.ORGANISATION_ADMIN);
        jdbc.sql("update account set email = 'anna.berg@bengtsfors.se', display_name = 'Anna Berg'"
                + " where username = 'anna.berg'").update();
        provider.registerClient("lofte", "hemligt", url("/login/oauth2/code/bengtsfors"));
    }

    @Test
    void aPersonWithAnInvitedAddressWorksAsTheirLofteAccount() {
        browser.open(url("/manage/accounts/tokens"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/login"));
        Axe.assertNoViolations(browser.driver());

        browser.clickAndWait(By.linkText("Logga in med Bengtsfors kommun"));
        signInAtProvider(ANNA);

        // Back where the person was going (Spring Security marks a resumed request with ?continue).
        assertThat(browser.driver().getCurrentUrl()).startsWith(url("/manage/accounts/tokens"));
        assertThat(text("h1")).isEqualTo("API-nycklar");
        Axe.assertNoViolations(browser.driver());

        // The pages find the person by Principal.getName(): a token made now is made by Anna's account.
        browser.clickAndWait(By.linkText("Ny API-nyckel"));
        Axe.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("name")).sendKeys("Import från trygghetsvandringar");
        browser.driver().findElement(By.id("scope-IMPORTS_WRITE")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(text("h1")).isEqualTo("API-nyckeln är skapad");
        assertThat(browser.driver().findElement(By.id("secret")).getDomProperty("value")).startsWith("lofte_");
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.linkText("Till listan med API-nycklar"));
        assertThat(text("tbody")).contains("Import från trygghetsvandringar").contains("av Anna Berg");

        // The same rights as after a password login: staff, but not a system administrator.
        browser.open(url("/manage/organisations"));
        assertThat(text("main")).contains("Du har inte behörighet");
    }

    @Test
    void anAddressWithoutALofteAccountIsSentBackToTheLoginPage() {
        long accountsBefore = jdbc.sql("select count(*) from account").query(Long.class).single();
        browser.open(url("/login"));
        browser.clickAndWait(By.linkText("Logga in med Bengtsfors kommun"));
        signInAtProvider(STRANGER);

        assertThat(browser.driver().getCurrentUrl()).startsWith(url("/login?sso=unknown-email"));
        assertThat(text(".alert-error")).isEqualTo("Inget konto i Löfte hör till e-postadressen som Bengtsfors kommun"
                + " uppgav. Konton skapas genom inbjudan: be en administratör i din organisation att bjuda in dig.");
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("login-sso-refused-phone", Browser.PHONE);
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(accountsBefore);

        browser.open(url("/manage/promises"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/login"));
    }

    /** The provider's own login form, then every redirect back until Löfte answers. */
    private void signInAtProvider(Person person) {
        assertThat(browser.driver().getCurrentUrl()).startsWith(provider.issuer() + "/login");
        browser.driver().findElement(By.id("username")).sendKeys(person.username());
        browser.driver().findElement(By.id("password")).sendKeys(person.password());
        browser.clickAndWait(By.cssSelector("button[type=submit]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("127.0.0.1:" + port));
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
