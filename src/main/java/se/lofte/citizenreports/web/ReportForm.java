package se.lofte.citizenreports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.shared.Typed;

/**
 * The report form's values as typed, every one a text so that a refused form comes back exactly as sent. The
 * photo is not here: a browser cannot be given a file back.
 */
public record ReportForm(String key, String category, String description, String latitude, String longitude,
                  String placeInWords, String district, List<String> partsOfDay, List<String> weekdays, String email) {

    /** Parts of the day, as the place reports have them. */
    static final List<String> PARTS_OF_DAY = List.of("natt", "morgon", "dag", "kvall");
    static final List<String> WEEKDAYS = List.of("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag");
    // Swedish words for what is stored: the report's "when" is read by Swedish staff, whatever the form's language.
    private static final Map<String, String> SWEDISH = Map.ofEntries(Map.entry("natt", "natt"),
            Map.entry("morgon", "morgon"), Map.entry("dag", "dag"), Map.entry("kvall", "kväll"),
            Map.entry("mandag", "måndag"), Map.entry("tisdag", "tisdag"), Map.entry("onsdag", "onsdag"),
            Map.entry("torsdag", "torsdag"), Map.entry("fredag", "fredag"), Map.entry("lordag", "lördag"),
            Map.entry("sondag", "söndag"));

    public ReportForm {
        key = Typed.text(key);
        category = Typed.text(category);
        description = Typed.text(description);
        latitude = Typed.text(latitude);
        longitude = Typed.text(longitude);
        placeInWords = Typed.text(placeInWords);
        district = Typed.text(district);
        partsOfDay = partsOfDay == null ? List.of() : partsOfDay.stream().filter(PARTS_OF_DAY::contains).distinct().toList();
        weekdays = weekdays == null ? List.of() : weekdays.stream().filter(WEEKDAYS::contains).distinct().toList();
        email = Typed.text(email);
    }

    static ReportForm empty(String key) {
        return new ReportForm(key, "", "", "", "", "", "", List.of(), List.of(), "");
    }

    public boolean partOfDay(String word) {
        return partsOfDay.contains(word);
    }

    public boolean weekday(String word) {
        return weekdays.contains(word);
    }

    /** "kväll, natt; lördag, söndag" in the form's order, or null when nothing was ticked. */
    String whenItHappens() {
        List<String> parts = new ArrayList<>();
        if (!partsOfDay.isEmpty()) {
            parts.add(String.join(", ", partsOfDay.stream().map(SWEDISH::get).toList()));
        }
        if (!weekdays.isEmpty()) {
            parts.add(String.join(", ", weekdays.stream().map(SWEDISH::get).toList()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * The report to check and send; {@code problems} gets a field's message key for coordinates that are not
     * numbers (a decimal comma is read as a point) and a district that is no number.
     */
    NewReport toReport(String municipalityCode, byte[] photo) {
        return new NewReport(municipalityCode, ReportCategory.ofCode(category).orElse(null), description,
                Typed.decimal(latitude), Typed.decimal(longitude), placeInWords.isEmpty() ? null : placeInWords,
                whenItHappens(), photo, email.isEmpty() ? null : email, key, district.isEmpty() ? null : districtId());
    }

    /** True when a coordinate was typed that is not a number: the report then has no point, and the form says so. */
    boolean unreadablePoint() {
        return (!latitude.isEmpty() && Typed.decimal(latitude) == null)
                || (!longitude.isEmpty() && Typed.decimal(longitude) == null) || latitude.isEmpty() != longitude.isEmpty();
    }

    private Long districtId() {
        Long id = Typed.wholeNumber(district);
        return id == null ? -1L : id;
    }
}
