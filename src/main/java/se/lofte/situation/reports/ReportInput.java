package se.lofte.situation.reports;

import java.util.List;

import se.lofte.shared.Typed;

/**
 * A place report as the form sends it, every value as typed, so that a refused report comes back with
 * nothing lost. {@code place} is a chosen area or street segment ({@code area:12}, {@code segment:34});
 * {@code latitude}/{@code longitude} a point picked on the map; {@code placeName} an address or place name
 * in the reporter's words. {@code organisation} and {@code municipality} say whom the report is for.
 */
public record ReportInput(Long organisation, String municipality, String place, String placeName,
                          String latitude, String longitude, List<String> categories, String date, String time,
                          String partOfDay, String text) {

    public ReportInput {
        municipality = Typed.text(municipality);
        place = Typed.text(place);
        placeName = Typed.text(placeName);
        latitude = Typed.text(latitude);
        longitude = Typed.text(longitude);
        categories = categories == null ? List.of()
                : categories.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        date = Typed.text(date);
        time = Typed.text(time);
        partOfDay = Typed.text(partOfDay);
        text = Typed.text(text);
    }

    /** An empty report for one organisation and municipality, dated today. */
    public static ReportInput blank(Long organisation, String municipality, String today) {
        return new ReportInput(organisation, municipality, "", "", "", "", List.of(), today, "", "", "");
    }

    public boolean checked(String category) {
        return categories.contains(category);
    }
}
