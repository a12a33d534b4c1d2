package se.lofte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;

/**
 * A headless Debian Chromium driven through Debian's ChromeDriver, one per test class:
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 * Both paths are given explicitly, so Selenium Manager is never asked to find or download anything. The
 * browser starts before the first test of the class with a throw-away profile, and every test starts
 * with no cookies (signed out, Swedish), whatever the test before it did. In a {@link BrowserTest} (or any
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}) class it also knows the application under test:
 * {@link #url} addresses it and {@link #signInAsStaff} signs a staff account in to it.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    // The project's fixed flag set: no sandbox (containers), no GPU, and nothing that talks to the network
    // on its own, so a test run makes no requests except to the app under test.
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private ExtensionContext test;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        test = context;
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ". Install both with: apt-get install -y chromium chromium-driver"
                    + " (CI does this in .ci/run).");
        }
        profile = Files.createTempDirectory("lofte-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(FLAGS)
                .addArguments("--user-data-dir=" + profile,
                        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        driver = new ChromeDriver(service, options);
        // axe-core needs a few seconds on a long page; the default of 30 s only hides a hung run longer.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context;
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Clicks something that submits a form or follows a link, and waits until the next page has replaced
     * this one, so that what the test reads next is never the page it just left.
     */
    public void clickAndWait(By target) {
        WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(current));
    }

    /**
     * Whether the element's document has been replaced. Chromium reports an element of a document it has just
     * left either as stale or, while the new one is being attached, as a node that "does not belong to the
     * document": both mean the next page is there.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Fills in and sends Löfte's sign-in form, which the window shows now, and waits for the next page. */
    public void submitSignIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("form[action='/login'] button[type=submit]"));
    }

    /** Opens the sign-in page at {@code loginUrl} and signs in. */
    public void signIn(String loginUrl, String username, String password) {
        open(loginUrl);
        submitSignIn(username, password);
    }

    /**
     * Signs in through the login form as a staff member of the organisation with these roles, creating the
     * account (with {@link TestStaff#password}) the first time and granting the roles every time.
     */
    public void signInAsStaff(String username, OrganisationId organisation, Role... roles) {
        signIn(url("/login"), username, spring().getBean(TestStaff.class).signingIn(username, organisation, roles));
    }

    /** The id of the municipality with this slug, one the migrations load, for signing in as its staff. */
    public OrganisationId municipality(String slug) {
        return spring().getBean(TestStaff.class).municipality(slug);
    }

    /** Signs in through the login form as the first administrator, whom {@code lofte.admin.*} name. */
    public void signInAsAdmin() {
        signIn(url("/login"), adminUsername(), adminPassword());
    }

    /**
     * Opens a page of the application as the first administrator, signing in through the form where the page
     * asks for it: the window keeps its session between the tests of a class.
     */
    public void openAsAdmin(String path) {
        open(url(path));
        if (!driver.findElements(By.id("username")).isEmpty()) {
            submitSignIn(adminUsername(), adminPassword());
        }
    }

    /** The first administrator's username, as pages that name who did something show it. */
    public String adminUsername() {
        return spring().getEnvironment().getRequiredProperty("lofte.admin.username");
    }

    private String adminPassword() {
        return spring().getEnvironment().getRequiredProperty("lofte.admin.password");
    }

    /** The address of a path on the application under test, which listens on a random port. */
    public String url(String path) {
        return "http://localhost:" + spring().getEnvironment().getRequiredProperty("local.server.port") + path;
    }

    private ApplicationContext spring() {
        return SpringExtension.getApplicationContext(test);
    }

    /** Opens a page and waits for it to load, like typing the address. */
    public void open(String url) {
        driver.get(url);
    }

    /**
     * A PNG of what the visitor sees on a screen of this size, written to {@code target/screenshots/NAME.png}
     * for a person to look at. The size is the page's viewport, set through the DevTools protocol because a
     * headless window's outer size leaves the viewport smaller by an amount that varies between versions.
     * Narrow sizes are emulated as a phone, so the page's viewport meta tag applies as it would there.
     */
    public Path screenshot(String name, Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png;
            try {
                png = driver.getScreenshotAs(OutputType.BYTES);
            } catch (TimeoutException e) {
                // On a loaded machine the renderer may miss ChromeDriver's 10 s once while painting a large page;
                // a screenshot is for a person to look at, not a check, so it is asked for once more.
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page at {@link #PHONE} and at {@link #DESKTOP} size, as {@code NAME-phone.png} and {@code NAME-desktop.png}. */
    public void screenshots(String name) {
        screenshot(name + "-phone", PHONE);
        screenshot(name + "-desktop", DESKTOP);
    }

    /** The element of the page open now with this id. */
    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The first element of the page open now that the CSS selector matches. */
    public WebElement byCss(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The visible text of the first element the CSS selector matches. */
    public String text(String css) {
        return byCss(css).getText();
    }

    /** Types into the field with this id, after what it holds. */
    public void type(String id, String value) {
        byId(id).sendKeys(value);
    }

    /** Clicks what the CSS selector matches and waits for the next page ({@link #clickAndWait}). */
    public void click(String css) {
        clickAndWait(By.cssSelector(css));
    }

    /**
     * Sets a date field to an ISO date, as a date picker would: typing into it depends on the browser's locale,
     * setting its value does not.
     */
    public void setDate(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", byId(id), isoDate);
    }

    /**
     * Asserts that the page open now, laid out on a {@link #PHONE}, is no wider than the screen: nothing makes
     * a resident scroll sideways. The message names the first elements that stick out, outermost first.
     */
    public void assertNoSidewaysScrollOnAPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.getWidth(),
                "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        try {
            List<?> widths = (List<?>) driver.executeScript("""
                    const d = document.documentElement;
                    const over = e => e.getBoundingClientRect().right > d.clientWidth + 1;
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => over(e) && !over(e.parentElement))
                        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).overflowX
                            + ' ' + Math.round(e.getBoundingClientRect().width));
                    return [d.scrollWidth, d.clientWidth, wide.join(' ')];""");
            int scrollWidth = ((Number) widths.get(0)).intValue();
            int clientWidth = ((Number) widths.get(1)).intValue();
            if (scrollWidth > clientWidth) {
                throw new AssertionError("On a phone " + driver.getCurrentUrl() + " is " + scrollWidth
                        + " px wide in a " + clientWidth + " px screen: " + widths.get(2));
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
