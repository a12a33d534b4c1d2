package se.lofte.situation.web;

/**
 * A significant street segment as the table shows it: {@code kind} is "Het" or "Kall" (hot or cold) in the
 * page's language, {@code confidence} 90, 95 or 99 (per cent), numbers already formatted.
 */
public record SegmentRow(String street, boolean hot, String kind, int confidence, int count, String z,
                         String pFdr) {
}
