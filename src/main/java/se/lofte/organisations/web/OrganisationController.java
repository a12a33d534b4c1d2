package se.lofte.organisations.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;

/**
 * Staff pages for the organisations reference data: the overview, the municipality list, and one form
 * that adds or edits an organisation. Saves follow post/redirect/get with a notice on the next page.
 */
@Controller
@RequestMapping("/manage/organisations")
class OrganisationController {

    /** What staff may add: municipalities come from SCB, and the seven police regions are fixed. */
    private static final Set<OrganisationKind> ADDABLE =
            EnumSet.of(OrganisationKind.POLICE_AREA, OrganisationKind.LOCAL_POLICE_AREA, OrganisationKind.OTHER_ACTOR);

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("hierarchy", organisations.policeHierarchy());
        model.addAttribute("otherActors", organisations.all(OrganisationKind.OTHER_ACTOR));
        return "organisations/overview";
    }

    @GetMapping("/municipalities")
    String municipalities(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("municipalities", organisations.searchMunicipalities(q));
        model.addAttribute("covering", organisations.coveringLocalPoliceAreasByMunicipality());
        return "organisations/municipalities";
    }

    /** {@code parent} preselects the parent, for the "add here" links of the overview. */
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String kind, @RequestParam(required = false) String parent,
                   Model model) {
        return form(model, addable(kind), null, new OrganisationForm("", parent, Set.of()), Map.of());
    }

    @PostMapping("/new")
    String add(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "") String name,
               @RequestParam(required = false) String parent, Model model, RedirectAttributes redirect) {
        OrganisationKind addable = addable(kind);
        var form = new OrganisationForm(name, parent, Set.of());
        Map<String, Problem> problems = form.check(organisations, addable, null);
        if (!problems.isEmpty()) {
            return form(model, addable, null, form, problems);
        }
        OrganisationId id = organisations.add(addable, name, form.parentFor(addable));
        redirect.addFlashAttribute("notice", "org.notice.added");
        return "redirect:/manage/organisations/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable OrganisationId id, Model model) {
        Organisation organisation = existing(id);
        List<Organisation> covered = organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA
                ? organisations.coveredMunicipalities(organisation.id()) : List.of();
        return form(model, organisation.kind(), organisation, OrganisationForm.of(organisation, covered), Map.of());
    }

    @PostMapping("/{id}")
    String save(@PathVariable OrganisationId id, @RequestParam(defaultValue = "") String name,
                @RequestParam(required = false) String parent,
                @RequestParam(name = "municipality", required = false) List<String> municipalities,
                Model model, RedirectAttributes redirect) {
        Organisation organisation = existing(id);
        var form = new OrganisationForm(name, parent, municipalities == null ? Set.of() : Set.copyOf(municipalities));
        Set<OrganisationId> coverage = organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA
                ? coverage(form) : null;
        Map<String, Problem> problems = form.check(organisations, organisation.kind(), organisation.id());
        if (!problems.isEmpty()) {
            return form(model, organisation.kind(), organisation, form, problems);
        }
        organisations.update(organisation.id(), name, form.parentFor(organisation.kind()), coverage);
        redirect.addFlashAttribute("notice", "org.notice.saved");
        return "redirect:/manage/organisations/" + organisation.id();
    }

    private String form(Model model, OrganisationKind kind, Organisation organisation, OrganisationForm form,
                        Map<String, Problem> problems) {
        boolean coversMunicipalities = organisation != null && kind == OrganisationKind.LOCAL_POLICE_AREA;
        model.addAttribute("page", new OrganisationFormPage(kind, Optional.ofNullable(organisation),
                organisation == null ? "/manage/organisations/new?kind=" + kind.name()
                        : "/manage/organisations/" + organisation.id(),
                form, kind.parentKind().map(organisations::all).orElse(List.of()),
                coversMunicipalities ? municipalitiesByCounty() : Map.of(),
                coversMunicipalities ? coveredElsewhere(organisation) : Map.of(),
                organisation != null && kind == OrganisationKind.MUNICIPALITY
                        ? organisations.coveringLocalPoliceAreas(organisation.id()) : List.of(),
                problems, notice(model)));
        return "organisations/form";
    }

    /** The notice a save leaves for the page it redirects to (a flash attribute, so already in the model). */
    private static Optional<String> notice(Model model) {
        return Optional.ofNullable((String) model.getAttribute("notice"));
    }

    /** Counties in SCB order (the first two digits of the code); municipalities in the order they come. */
    private Map<String, List<Organisation>> municipalitiesByCounty() {
        return organisations.all(OrganisationKind.MUNICIPALITY).stream()
                .sorted(Comparator.comparing(m -> m.scbCode().substring(0, 2)))
                .collect(Collectors.groupingBy(Organisation::countyName, LinkedHashMap::new, Collectors.toList()));
    }

    /** For each municipality covered by other local police areas than this one, their names. */
    private Map<OrganisationId, String> coveredElsewhere(Organisation localPoliceArea) {
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        organisations.coveringLocalPoliceAreasByMunicipality().forEach((municipality, covering) -> {
            List<String> others = covering.stream().filter(o -> !o.id().equals(localPoliceArea.id()))
                    .map(Organisation::name).toList();
            if (!others.isEmpty()) {
                names.put(municipality, String.join(", ", others));
            }
        });
        return names;
    }

    /**
     * The ticked municipalities. The form only offers municipalities, so anything else was not typed by
     * a person and is refused outright rather than explained.
     */
    private Set<OrganisationId> coverage(OrganisationForm form) {
        Set<OrganisationId> ids = form.municipalities().stream()
                .map(text -> OrganisationForm.parseId(text).orElseThrow(OrganisationController::badRequest))
                .collect(Collectors.toSet());
        long found = organisations.findAll(ids).stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).count();
        if (found != ids.size()) {
            throw badRequest();
        }
        return ids;
    }

    private Organisation existing(OrganisationId id) {
        return organisations.find(id).orElseThrow(() -> new NotFound("organisation"));
    }

    private static OrganisationKind addable(String kind) {
        return ADDABLE.stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(OrganisationController::badRequest);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
