package se.lofte.promises.web;

import org.openqa.selenium.support.ui.Select;

import se.lofte.testing.Browser;

/** The promise editor in a browser, filled in as an editor does it: one block at a time, each added first. */
public final class PromiseEditorForm {

    private PromiseEditorForm() {
    }

    /** Adds goal number {@code index} (from 0) of the owner, with a numeric target to reach by the deadline. */
    public static void addNumericGoal(Browser browser, int index, String owner, String text, String indicator,
                                      String unit, String baseline, String target, String isoDeadline) {
        String id = "goals-" + index + "-";
        browser.click("button[value=add-goal]");
        new Select(browser.byId(id + "owner")).selectByVisibleText(owner);
        browser.type(id + "text", text);
        browser.byCss("input[name='goals[" + index + "].kind'][value=NUMERIC]").click();
        browser.type(id + "indicator", indicator);
        browser.type(id + "unit", unit);
        browser.type(id + "baseline", baseline);
        browser.type(id + "target", target);
        browser.setDate(id + "deadline", isoDeadline);
    }

    /** Adds signatory number {@code index} (from 0), who signs for the party. */
    public static void addSignatory(Browser browser, int index, String name, String role, String party) {
        String id = "signatories-" + index + "-";
        browser.click("button[value=add-signatory]");
        browser.type(id + "name", name);
        browser.type(id + "role", role);
        new Select(browser.byId(id + "party")).selectByVisibleText(party);
    }
}
