package se.lofte.situation.web;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.lofte.testing.Browser;

/** The situation map's form that pins the view it shows in a lägesbild, as an analyst fills it in in Chromium. */
final class MapPinForm {

    private MapPinForm() {
    }

    /**
     * Fills in the pin form, which the page shows open, for Åmål's lägesbild of the year with this title, sends it and
     * waits for the lägesbild it leads to.
     */
    static void pinInAmal(Browser browser, int year, String title) {
        new Select(browser.byId("municipalityId")).selectByVisibleText("Åmål");
        browser.byId("year").clear();
        browser.type("year", Integer.toString(year));
        browser.byId("title").clear();
        browser.type("title", title);
        browser.clickAndWait(By.cssSelector("section.map-pin button[type=submit]"));
    }
}
