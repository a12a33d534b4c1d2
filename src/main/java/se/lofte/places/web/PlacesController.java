package se.lofte.places.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.Area;
import se.lofte.places.AreaKind;
import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.PlaceImportResult;
import se.lofte.places.PlaceImportSettings;
import se.lofte.places.Places;
import se.lofte.places.StreetSegment;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Ui;

/**
 * Staff pages for places: importing areas and street segments from GeoJSON, changing and deleting them, and
 * the focus places made of them. Everything works as plain forms, without JavaScript; saves follow
 * post/redirect/get with a notice on the next page.
 */
@Controller
@RequestMapping("/manage/situation/places")
class PlacesController {

    private final Places places;
    private final FocusPlaces focusPlaces;
    private final Organisations organisations;

    PlacesController(Places places, FocusPlaces focusPlaces, Organisations organisations) {
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.organisations = organisations;
    }

    @GetMapping
    String index(StaffMember member, Model model) {
        return index(member, PlaceImportForm.blank(), FieldErrors.none(), model);
    }

    @PostMapping
    String importFile(@RequestParam(required = false) Long organisation,
                      @RequestParam(required = false) MultipartFile file,
                      @RequestParam(defaultValue = "") String areaNameProperty,
                      @RequestParam(defaultValue = "") String areaKind,
                      @RequestParam(defaultValue = "") String municipalityCodeProperty,
                      @RequestParam(defaultValue = "") String populationProperty,
                      @RequestParam(defaultValue = "") String segmentNameProperty,
                      @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect)
            throws IOException {
        var form = new PlaceImportForm(organisation, areaNameProperty, areaKind, municipalityCodeProperty,
                populationProperty, segmentNameProperty);
        if (organisation == null) {
            return index(member, form, FieldErrors.of(List.of(Problem.of("organisation", "places.import.organisationRequired")), ui), model);
        }
        var settings = new PlaceImportSettings(areaNameProperty, kind(areaKind), municipalityCodeProperty,
                populationProperty, segmentNameProperty);
        PlaceImportResult result = places.importGeoJson(new OrganisationId(organisation),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), settings, member);
        if (!result.saved()) {
            return index(member, form, FieldErrors.of(result.problems(), ui), model);
        }
        redirect.addFlashAttribute("imported", result);
        return "redirect:/manage/situation/places";
    }

    @GetMapping("/areas/{id}")
    String area(@PathVariable long id, StaffMember member, Model model) {
        Area area = readableArea(id, member);
        return areaForm(area, area.name(), area.kind().name(), area.population() == null ? "" : area.population().toString(),
                FieldErrors.none(), member, model);
    }

    @PostMapping("/areas/{id}")
    String saveArea(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String population,
                    @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        Area area = changeableArea(id, member);
        List<Problem> problems = new ArrayList<>();
        Integer people = null;
        String digits = population.strip().replaceAll("[\\s\\u00a0]", "");
        if (!digits.isEmpty()) {
            if (digits.matches("\\d{1,9}")) {
                people = Integer.valueOf(digits);
            } else {
                problems.add(Problem.of("population", "places.area.badPopulation"));
            }
        }
        AreaKind chosen = kind(kind);
        if (chosen == null) {
            problems.add(Problem.of("kind", "places.import.kindRequired"));
        }
        if (problems.isEmpty()) {
            problems.addAll(places.updateArea(area.id(), name, chosen, people, member));
        }
        if (!problems.isEmpty()) {
            return areaForm(area, name, kind, population, FieldErrors.of(problems, ui), member, model);
        }
        redirect.addFlashAttribute("notice", "places.area.saved");
        return "redirect:/manage/situation/places/areas/" + id;
    }

    @PostMapping("/areas/{id}/delete")
    String deleteArea(@PathVariable long id, @ModelAttribute("ui") Ui ui, StaffMember member, Model model,
                      RedirectAttributes redirect) {
        Area area = changeableArea(id, member);
        List<Problem> problems = places.deleteArea(area.id(), member);
        if (!problems.isEmpty()) {
            return areaForm(area, area.name(), area.kind().name(),
                    area.population() == null ? "" : area.population().toString(), FieldErrors.of(problems, ui),
                    member, model);
        }
        redirect.addFlashAttribute("notice", "places.area.deleted");
        return "redirect:/manage/situation/places";
    }

    @PostMapping("/segments/{id}/delete")
    String deleteSegment(@PathVariable long id, StaffMember member, RedirectAttributes redirect) {
        StreetSegment segment = places.segment(id).orElseThrow(PlacesController::notFound);
        requireChange(member, segment.organisation());
        List<Problem> problems = places.deleteSegment(id, member);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "places.segment.deleted");
        } else {
            redirect.addFlashAttribute("refusal", problems.getFirst());
        }
        return "redirect:/manage/situation/places";
    }

    @GetMapping("/focus")
    String focusList(StaffMember member, Model model) {
        Set<OrganisationId> visible = visible(member);
        model.addAttribute("focusPlaces", focusPlaces.forOrganisations(visible));
        model.addAttribute("organisationNames", names(visible));
        model.addAttribute("changeable", changeable(member));
        return "situation/places/focusList";
    }

    @GetMapping("/focus/new")
    String newFocusPlace(@RequestParam(required = false) Long organisation, StaffMember member, Model model) {
        OrganisationId chosen = organisation == null ? onlyChangeable(member) : new OrganisationId(organisation);
        requireChange(member, chosen);
        return focusForm(null, chosen, "", "", Set.of(), Set.of(), FieldErrors.none(), model);
    }

    @PostMapping("/focus/new")
    String createFocusPlace(@RequestParam(required = false) Long organisation,
                            @RequestParam(defaultValue = "") String name,
                            @RequestParam(defaultValue = "") String description,
                            @RequestParam(name = "area", required = false) List<Long> areaIds,
                            @RequestParam(name = "segment", required = false) List<Long> segmentIds,
                            @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        if (organisation == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        OrganisationId owner = new OrganisationId(organisation);
        Set<Long> areas = ids(areaIds);
        Set<Long> segments = ids(segmentIds);
        Saved<FocusPlaceId> saved = focusPlaces.create(owner, name, description, areas, segments, member);
        if (!saved.saved()) {
            return focusForm(null, owner, name, description, areas, segments, FieldErrors.of(saved.problems(), ui), model);
        }
        redirect.addFlashAttribute("notice", "places.focus.created");
        return "redirect:/manage/situation/places/focus/" + saved.id();
    }

    @GetMapping("/focus/{id}")
    String focusPlace(@PathVariable long id, StaffMember member, Model model) {
        FocusPlace place = readableFocusPlace(id, member);
        if (!focusPlaces.mayChange(member, place.organisation())) {
            model.addAttribute("place", place);
            model.addAttribute("organisationName", names(Set.of(place.organisation())).get(place.organisation()));
            return "situation/places/focusView";
        }
        return focusForm(place, place.organisation(), place.name(), place.description() == null ? "" : place.description(),
                place.areas().stream().map(Area::id).collect(Collectors.toSet()),
                place.segments().stream().map(StreetSegment::id).collect(Collectors.toSet()), FieldErrors.none(), model);
    }

    @PostMapping("/focus/{id}")
    String saveFocusPlace(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                          @RequestParam(defaultValue = "") String description,
                          @RequestParam(name = "area", required = false) List<Long> areaIds,
                          @RequestParam(name = "segment", required = false) List<Long> segmentIds,
                          @ModelAttribute("ui") Ui ui, StaffMember member, Model model, RedirectAttributes redirect) {
        FocusPlace place = focusPlaces.find(new FocusPlaceId(id)).orElseThrow(PlacesController::notFound);
        Set<Long> areas = ids(areaIds);
        Set<Long> segments = ids(segmentIds);
        Saved<FocusPlaceId> saved = focusPlaces.update(place.id(), name, description, areas, segments, member);
        if (!saved.saved()) {
            return focusForm(place, place.organisation(), name, description, areas, segments,
                    FieldErrors.of(saved.problems(), ui), model);
        }
        redirect.addFlashAttribute("notice", "places.focus.saved");
        return "redirect:/manage/situation/places/focus/" + id;
    }

    @PostMapping("/focus/{id}/delete")
    String deleteFocusPlace(@PathVariable long id, StaffMember member, RedirectAttributes redirect) {
        FocusPlace place = focusPlaces.find(new FocusPlaceId(id)).orElseThrow(PlacesController::notFound);
        focusPlaces.delete(place.id(), member);
        redirect.addFlashAttribute("notice", "places.focus.deleted");
        return "redirect:/manage/situation/places/focus";
    }

    private String index(StaffMember member, PlaceImportForm form, FieldErrors errors, Model model) {
        Set<OrganisationId> visible = visible(member);
        // An import, a change or a refused change redirects here with what it did as a flash attribute, in the model already.
        model.addAttribute("page", new PlacesPage(form, errors, changeableOrganisations(member), places.areas(visible),
                places.segments(visible), names(visible), changeable(member),
                Optional.ofNullable((PlaceImportResult) model.getAttribute("imported")),
                Optional.ofNullable((String) model.getAttribute("notice")),
                Optional.ofNullable((Problem) model.getAttribute("refusal"))));
        return "situation/places/index";
    }

    private String areaForm(Area area, String name, String kind, String population, FieldErrors errors,
                            StaffMember member, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("name", name);
        model.addAttribute("kind", kind);
        model.addAttribute("population", population);
        model.addAttribute("errors", errors);
        model.addAttribute("mayChange", places.mayChange(member, area.organisation()));
        model.addAttribute("organisationName", names(Set.of(area.organisation())).get(area.organisation()));
        return "situation/places/area";
    }

    private String focusForm(FocusPlace place, OrganisationId organisation, String name, String description,
                             Set<Long> areas, Set<Long> segments, FieldErrors errors, Model model) {
        Map<AreaKind, List<Area>> byKind = new LinkedHashMap<>();
        for (AreaKind kind : AreaKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        places.areas(Set.of(organisation)).forEach(a -> byKind.get(a.kind()).add(a));
        byKind.values().removeIf(List::isEmpty);
        List<StreetSegment> segmentChoices = places.segments(Set.of(organisation));
        // Parts of one street share its name; their number tells them apart.
        Set<String> repeatedNames = segmentChoices.stream()
                .collect(Collectors.groupingBy(StreetSegment::name, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        // A save redirects here with its notice as a flash attribute, which is in the model already.
        model.addAttribute("page", new FocusPlaceFormPage(Optional.ofNullable(place), organisation,
                names(Set.of(organisation)).get(organisation), name, description, byKind, segmentChoices, areas, segments,
                repeatedNames, errors, Optional.ofNullable((String) model.getAttribute("notice"))));
        return "situation/places/focusForm";
    }

    /** The organisations whose places the person sees: their own, or every party for a system administrator. */
    private Set<OrganisationId> visible(StaffMember member) {
        if (member.systemAdmin()) {
            return allParties().stream().map(Organisation::id).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return member.organisations();
    }

    private List<Organisation> changeableOrganisations(StaffMember member) {
        if (member.systemAdmin()) {
            return allParties();
        }
        return organisations.findAll(places.changeableBy(member)).stream()
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }

    private Set<OrganisationId> changeable(StaffMember member) {
        return changeableOrganisations(member).stream().map(Organisation::id).collect(Collectors.toSet());
    }

    private OrganisationId onlyChangeable(StaffMember member) {
        List<Organisation> mine = changeableOrganisations(member);
        if (mine.size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return mine.getFirst().id();
    }

    private List<Organisation> allParties() {
        List<Organisation> all = new ArrayList<>();
        for (OrganisationKind kind : EnumSet.of(OrganisationKind.LOCAL_POLICE_AREA, OrganisationKind.MUNICIPALITY,
                OrganisationKind.OTHER_ACTOR)) {
            all.addAll(organisations.all(kind));
        }
        return all;
    }

    private Map<OrganisationId, String> names(Set<OrganisationId> ids) {
        return organisations.findAll(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private Area readableArea(long id, StaffMember member) {
        Area area = places.area(id).orElseThrow(PlacesController::notFound);
        requireMember(member, area.organisation(), "area");
        return area;
    }

    private Area changeableArea(long id, StaffMember member) {
        Area area = places.area(id).orElseThrow(PlacesController::notFound);
        requireChange(member, area.organisation());
        return area;
    }

    private FocusPlace readableFocusPlace(long id, StaffMember member) {
        FocusPlace place = focusPlaces.find(new FocusPlaceId(id)).orElseThrow(PlacesController::notFound);
        requireMember(member, place.organisation(), "focus place");
        return place;
    }

    /** Staff read the places of their own organisations only; a system administrator reads all. */
    private static void requireMember(StaffMember member, OrganisationId organisation, String what) {
        if (!member.systemAdmin() && !member.organisations().contains(organisation)) {
            throw new NotAllowed("Not a member of the " + what + "'s organisation");
        }
    }

    private void requireChange(StaffMember member, OrganisationId organisation) {
        if (!places.mayChange(member, organisation)) {
            throw new NotAllowed("No role in the organisation allows changing its places");
        }
    }

    private static AreaKind kind(String kind) {
        return EnumSet.allOf(AreaKind.class).stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static NotFound notFound() {
        return new NotFound("place");
    }
}
