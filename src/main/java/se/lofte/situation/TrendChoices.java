package se.lofte.situation;

import java.util.List;

/** What the trends form offers a staff member: only what their scope holds. */
public record TrendChoices(List<String> categories, List<String> sources, List<PlaceOption> municipalities,
                           List<PlaceOption> areas, List<PlaceOption> segments, List<PlaceOption> focusPlaces) {
}
