package se.lofte.promises.web;

import java.util.regex.Pattern;

import se.lofte.shared.Ui;

/**
 * The row of the promise form a field is in, as the page names it ("Åtagande 2", "Mål 1"): the error summary
 * starts each message with it, since "Välj minst en ansvarig part." alone does not say which of eight
 * commitments it is about.
 */
final class FormPlaces {

    private static final Pattern ROW = Pattern.compile("^(commitments|goals|signatories|focusPlaces)\\[(\\d{1,4})]");

    private FormPlaces() {
    }

    static String of(String field, Ui ui) {
        var row = ROW.matcher(field);
        if (!row.find()) {
            return null;
        }
        int number = Integer.parseInt(row.group(2)) + 1;
        return switch (row.group(1)) {
            case "commitments" -> ui.t("section.commitment", number);
            case "goals" -> ui.t("section.goal", number);
            case "signatories" -> ui.t("section.signatory", number);
            default -> ui.t("editor.place", number);
        };
    }
}
