package se.lofte.situation.web;

import java.io.Serializable;
import java.util.List;

import se.lofte.shared.Typed;

/**
 * What was typed and chosen in the map's focus place form, kept as sent so that a refusal shows it again: the
 * owner, name and description, the street segments ticked and the shape drawn (GeoJSON). Serializable because
 * it goes back to the map as a flash attribute, and sessions are stored in the database.
 */
public record MapFocusForm(String organisation, String name, String description, List<Long> segment,
                           String polygon) implements Serializable {

    public MapFocusForm {
        organisation = Typed.text(organisation);
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        segment = segment == null ? List.of() : List.copyOf(segment);
        polygon = Typed.text(polygon);
    }

    static MapFocusForm empty() {
        return new MapFocusForm(null, null, null, null, null);
    }
}
