package se.lofte.situation.web;

/** A time-window link above the map: its text, its address, and whether the page shows that window now. */
public record Preset(String label, String url, boolean current) {
}
