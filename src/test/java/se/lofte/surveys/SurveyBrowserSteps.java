package se.lofte.surveys;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;

/**
 * The steps the survey browser tests take alike in Chromium: an analyst signs in on a desktop screen and opens a
 * staff page, and a page is checked with axe in English as well as in Swedish.
 */
public final class SurveyBrowserSteps {

    private SurveyBrowserSteps() {
    }

    /**
     * On a desktop screen, signs in as an analyst of the municipality (the account made the first time) and opens the
     * staff page at {@code path}, which must pass axe.
     */
    public static void analystOpens(Browser browser, String username, OrganisationId municipality, String path) {
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.signInAsStaff(username, municipality, Role.ANALYST);
        browser.open(browser.url(path));
        Axe.assertNoViolations(browser.driver());
    }

    /** The page open now passes axe in English as well; it is left in Swedish again. */
    public static void inEnglishToo(Browser browser) {
        String page = browser.driver().getCurrentUrl().replaceAll("[?#].*", "");
        browser.open(page + "?lang=en");
        Axe.assertNoViolations(browser.driver());
        browser.open(page + "?lang=sv");
    }
}
