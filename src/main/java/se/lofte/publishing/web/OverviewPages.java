package se.lofte.publishing.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import se.lofte.followup.ItemKind;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Ui;

/**
 * The national overview ({@code /medborgarloften}): every published promise in Sweden, narrowed by plain query
 * parameters, with figures per year and per theme, a table and a map of the municipalities drawn on the server
 * ({@code /medborgarloften/karta.svg}, with the same parameters). Read in a fixed handful of queries whatever
 * the number of promises: the latest revisions (parsed once and kept, see {@code Revisions}), every revision of
 * them for the follow-ups, their municipalities, and the police hierarchy.
 */
@Controller
class OverviewPages {

    static final String PATH = "/medborgarloften";

    private final PublishedPromises published;
    private final Organisations organisations;
    private final SwedenMap map;

    OverviewPages(PublishedPromises published, Organisations organisations, SwedenMap map) {
        this.published = published;
        this.organisations = organisations;
        this.map = map;
    }

    /** The page; the choices are the query parameters {@link NationalOverview.Filter#of} reads. */
    @GetMapping(PATH)
    String overview(@RequestParam Map<String, String> query, Model model) {
        Year chosen = Year.of(query.get("ar"));
        var overview = NationalOverview.of(rows(), NationalOverview.Filter.of(query, chosen.value()));
        model.addAttribute("overview", overview);
        model.addAttribute("badYear", chosen.bad());
        model.addAttribute("mapUrl", PATH + "/karta.svg" + overview.filter().query());
        return "publishing/overview";
    }

    @GetMapping(path = PATH + "/karta.svg", produces = "image/svg+xml")
    ResponseEntity<String> map(@RequestParam Map<String, String> query, @ModelAttribute("ui") Ui ui) {
        var overview = NationalOverview.of(rows(), NationalOverview.Filter.of(query, Year.of(query.get("ar")).value()));
        Map<String, String> names = new HashMap<>();
        organisations.all(OrganisationKind.MUNICIPALITY).stream().filter(m -> m.scbCode() != null)
                .forEach(m -> names.put(m.scbCode(), m.shortName()));
        String svg = map.svg(overview.chosenCodes(), names, ui.t("sweden.map.title"),
                ui.t("sweden.map.description", overview.chosenCodes().size()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8")).body(svg);
    }

    /**
     * Every published promise as a row of the overview, made-up ones included (they are marked), each commitment
     * with its theme and its verdict in the latest follow-up published.
     */
    private List<NationalOverview.Row> rows() {
        List<PublishedRevision> all = published.all();
        var addresses = published.addresses(all);
        Map<PromiseId, List<PublishedRevision>> histories = published.revisions(all.stream()
                .map(PublishedRevision::promiseId).toList());
        Map<OrganisationId, Organisation> municipalities = organisations.findAll(all.stream()
                        .flatMap(r -> r.content().parties().stream())
                        .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).map(PromiseContent.Party::id)
                        .distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, m -> m));
        Map<OrganisationId, String> regionOfLocalArea = new HashMap<>();
        organisations.policeHierarchy().regions().forEach(region -> region.areas()
                .forEach(area -> area.localAreas().forEach(lpo -> regionOfLocalArea.put(lpo.localArea().id(),
                        region.region().name()))));
        List<NationalOverview.Row> rows = new ArrayList<>();
        for (PublishedRevision revision : all) {
            PromiseContent content = revision.content();
            List<Organisation> own = content.parties().stream()
                    .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                    .flatMap(p -> Optional.ofNullable(municipalities.get(p.id())).stream()).toList();
            List<PromiseContent.Party> lpos = content.parties().stream()
                    .filter(p -> p.kind() == OrganisationKind.LOCAL_POLICE_AREA).toList();
            Optional<String> url = addresses.apply(content);
            if (own.isEmpty() || url.isEmpty()) {
                continue;
            }
            Optional<PublishedFollowUp> followUp = PublishedFollowUp.latest(
                    histories.getOrDefault(revision.promiseId(), List.of()), revision.number());
            List<NationalOverview.CommitmentFacts> commitments = content.commitments().stream()
                    .map(c -> new NationalOverview.CommitmentFacts(c.theme(), followUp
                            .flatMap(f -> f.item(ItemKind.COMMITMENT, c.key())).map(PublishedFollowUp.Item::verdict)
                            .orElse(null)))
                    .toList();
            rows.add(new NationalOverview.Row(
                    own.stream().map(Organisation::scbCode).toList(),
                    own.stream().map(Organisation::shortName).toList(),
                    own.stream().map(Organisation::countyName).toList(),
                    lpos.stream().map(PromiseContent.Party::name).toList(),
                    lpos.stream().flatMap(p -> Optional.ofNullable(regionOfLocalArea.get(p.id())).stream())
                            .distinct().toList(),
                    content.startYear(), content.title(), url.get(), commitments,
                    content.goals().size(), own.stream().anyMatch(Organisation::fictional)));
        }
        return rows;
    }

    /**
     * The year asked for: a year when it is one, and {@code bad} when something else was typed into the address,
     * which the page then says and shows every year instead of refusing the whole page.
     */
    private record Year(Integer value, String bad) {

        static Year of(String typed) {
            if (typed == null || typed.isBlank()) {
                return new Year(null, null);
            }
            String year = typed.strip();
            return year.matches("\\d{4}") ? new Year(Integer.valueOf(year), null) : new Year(null, year);
        }
    }
}
