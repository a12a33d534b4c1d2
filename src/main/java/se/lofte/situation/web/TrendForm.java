package se.lofte.situation.web;

/** The trends filter as typed, shown back in the form. */
public record TrendForm(String category, String source, String place, String granularity, String from, String to) {

    public TrendForm {
        category = category == null ? "" : category;
        source = source == null ? "" : source;
        place = place == null ? "" : place;
    }
}
