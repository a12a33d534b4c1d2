package se.lofte.situation.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaceId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Saved;
import se.lofte.situation.MapFocusPlaces;

/**
 * Makes a focus place on the situation map, of the street segments ticked and those a shape drawn on the map
 * touches. A refusal goes back to the same map (its state is in the query) with the problems and all that was
 * sent; a focus place made opens with a notice.
 */
@Controller
class MapFocusPlaceController {

    static final String PATH = SituationMapController.PATH + "/focus-place";

    private final MapFocusPlaces focus;

    MapFocusPlaceController(MapFocusPlaces focus) {
        this.focus = focus;
    }

    /** Whether the member may create focus places of the organisation is the focus places' rule (403 otherwise). */
    @PostMapping(PATH)
    String save(@ModelAttribute("map") MapForm map, @RequestParam long organisation,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                @RequestParam(name = "segment", required = false) List<Long> segments,
                @RequestParam(defaultValue = "") String polygon, StaffMember viewer, RedirectAttributes redirect) {
        OrganisationId owner = new OrganisationId(organisation);
        if (!focus.mayCreate(viewer, owner)) {
            throw new NotAllowed("No role in the organisation allows changing its places");
        }
        // An empty value ("segment=") reads as null: it chooses nothing.
        Set<Long> chosen = new TreeSet<>();
        if (segments != null) {
            segments.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        Saved<FocusPlaceId> saved = focus.create(viewer, owner, name, description, chosen, polygon);
        if (!saved.saved()) {
            redirect.addFlashAttribute("mapFocusProblems", saved.problems());
            redirect.addFlashAttribute("mapFocus", new MapFocusForm(Long.toString(organisation), name, description,
                    List.copyOf(chosen), polygon));
            return "redirect:" + map.url(SituationMapController.PATH, null, true) + "#focus-place";
        }
        redirect.addFlashAttribute("notice", "places.focus.created");
        return "redirect:/manage/situation/places/focus/" + saved.id();
    }
}
