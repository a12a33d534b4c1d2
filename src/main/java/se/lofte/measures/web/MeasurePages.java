package se.lofte.measures.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.measures.AttachmentFile;
import se.lofte.measures.MeasureId;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureKind;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasureView;
import se.lofte.measures.PromisePeriod;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.MapBounds;
import se.lofte.places.PlaceShape;
import se.lofte.places.Places;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseView;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.Problem;
import se.lofte.shared.Saved;
import se.lofte.shared.Ui;

/**
 * The staff pages of measures: the promises to choose from, a promise's measures with their publication
 * state, and the form to log, change and delete one. Forms work without JavaScript; a refused form comes
 * back with what was typed and a message at each field.
 */
@Controller
class MeasurePages {

    private static final String BASE = "/manage/measures";

    private final MeasureManagement measures;
    private final PromiseManagement promises;
    private final Places places;
    private final FocusPlaces focusPlaces;
    private final MapTiles tiles;

    /** The small map of the form has the same tiles as the incident map. */
    MeasurePages(MeasureManagement measures, PromiseManagement promises, Places places, FocusPlaces focusPlaces,
                 LofteProperties properties) {
        this.measures = measures;
        this.promises = promises;
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.tiles = properties.map().tiles();
    }

    @GetMapping(BASE)
    String index(StaffMember viewer, Model model) {
        model.addAttribute("promises", promises.list(viewer));
        model.addAttribute("mayEditKinds", viewer.systemAdmin());
        return "measures/index";
    }

    @GetMapping(BASE + "/promises/{promise}")
    String list(@PathVariable PromiseId promise, @ModelAttribute("ui") Ui ui, StaffMember viewer, Model model) {
        PromiseView view = measures.promise(promise, viewer);
        OffsetDateTime now = measures.now();
        List<MeasureRow> rows = measures.ofPromise(view.id(), viewer).stream().map(m -> row(m, view, now, ui)).toList();
        model.addAttribute("promise", view);
        model.addAttribute("rows", rows);
        model.addAttribute("mayChange", measures.mayChange(view, viewer));
        return "measures/list";
    }

    @GetMapping(BASE + "/promises/{promise}/new")
    String newForm(@PathVariable PromiseId promise, StaffMember staff, Model model) {
        PromiseView view = editable(promise, staff);
        return form(view, null, MeasureForm.blank(measures.today().toString()), FieldErrors.none(), model);
    }

    @PostMapping(BASE + "/promises/{promise}/new")
    String create(@PathVariable PromiseId promise, @ModelAttribute("form") MeasureForm form,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @ModelAttribute("ui") Ui ui, StaffMember editor, Model model, RedirectAttributes redirect) throws IOException {
        PromiseView view = editable(promise, editor);
        return save(view, null, form, files, input -> measures.log(view.id(), input, editor), "measures.logged", ui,
                model, redirect);
    }

    @GetMapping(BASE + "/{id}/edit")
    String editForm(@PathVariable MeasureId id, @ModelAttribute("ui") Ui ui, StaffMember editor, Model model) {
        MeasureView measure = measures.find(id, editor);
        PromiseView view = editable(measure.promise(), editor);
        return form(view, measure, MeasureForm.of(measure, ui.locale()), FieldErrors.none(), model);
    }

    @PostMapping(BASE + "/{id}/edit")
    String update(@PathVariable MeasureId id, @ModelAttribute("form") MeasureForm form,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @ModelAttribute("ui") Ui ui, StaffMember editor, Model model, RedirectAttributes redirect) throws IOException {
        MeasureView measure = measures.find(id, editor);
        PromiseView view = editable(measure.promise(), editor);
        return save(view, measure, form, files, input -> measures.update(measure.id(), input, editor), "measures.saved",
                ui, model, redirect);
    }

    @GetMapping(BASE + "/{id}/delete")
    String confirmDelete(@PathVariable MeasureId id, @ModelAttribute("ui") Ui ui, StaffMember editor, Model model) {
        MeasureView measure = measures.find(id, editor);
        PromiseView view = editable(measure.promise(), editor);
        model.addAttribute("promise", view);
        model.addAttribute("row", row(measure, view, measures.now(), ui));
        return "measures/delete";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable MeasureId id, StaffMember editor, RedirectAttributes redirect) {
        MeasureView measure = measures.find(id, editor);
        measures.delete(measure.id(), editor);
        redirect.addFlashAttribute("notice", "measures.deleted");
        return "redirect:" + BASE + "/promises/" + measure.promise().value();
    }

    /** Attachments are sent as downloads, never shown inline, so a stored file cannot act as a page of ours. */
    @GetMapping(BASE + "/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, StaffMember staff) {
        AttachmentFile file = measures.attachment(id, staff);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file.data());
    }

    private PromiseView editable(PromiseId id, StaffMember editor) {
        return measures.promiseToChange(id, editor);
    }

    /**
     * Reads the form and saves it with {@code saving}; back to the list when saved, otherwise the form again
     * with what was typed and the problems at their fields.
     */
    private String save(PromiseView view, MeasureView measure, MeasureForm form, List<MultipartFile> files,
                        Function<MeasureInput, Saved<MeasureId>> saving, String notice, Ui ui, Model model,
                        RedirectAttributes redirect) throws IOException {
        List<Problem> problems = new ArrayList<>();
        MeasureInput input = form.toInput(attachments(files), problems);
        if (problems.isEmpty()) {
            Saved<MeasureId> saved = saving.apply(input);
            if (saved.saved()) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + BASE + "/promises/" + view.id().value();
            }
            problems.addAll(saved.problems());
        }
        return form(view, measure, form.withSpareRows(), FieldErrors.of(worded(problems, ui), ui), model);
    }

    /** The promise's period in a problem comes as two ISO days; the message names it as the page's language writes it. */
    private static List<Problem> worded(List<Problem> problems, Ui ui) {
        return problems.stream().map(p -> p.code().equals("measures.problem.outsidePeriod") && p.args().size() == 2
                ? Problem.of(p.field(), p.code(), new PromisePeriod(LocalDate.parse(p.args().get(0)),
                        LocalDate.parse(p.args().get(1))).words(ui.locale()))
                : p).toList();
    }

    private String form(PromiseView view, MeasureView measure, MeasureForm form, FieldErrors errors, Model model) {
        List<OrganisationId> parties = view.content().partyIds();
        List<MeasureKind> kinds = new ArrayList<>(measures.offeredKinds());
        if (measure != null && measure.kind() != null && kinds.stream().noneMatch(k -> k.code().equals(measure.kind().code()))) {
            kinds.add(measure.kind());
        }
        model.addAttribute("page", new MeasureFormPage(view, Optional.ofNullable(measure), form, errors, kinds,
                focusPlaces.forOrganisations(parties).stream()
                        .map(f -> new PlaceOption("f:" + f.id().value(), f.name())).toList(),
                places.areas(parties).stream().map(a -> new PlaceOption("a:" + a.id(), a.name())).toList(),
                places.segments(parties).stream().map(s -> new PlaceOption("s:" + s.id(), s.name())).toList(),
                tiles, bounds(parties)));
        return "measures/form";
    }

    /** The box around the parties' areas, where the form's map opens; empty when they have none. */
    private Optional<MapBounds> bounds(List<OrganisationId> parties) {
        return MapBounds.around(places.shapes(parties).stream().filter(s -> s.type() == PlaceShape.Type.AREA).toList());
    }

    private static List<MeasureInput.NewAttachment> attachments(List<MultipartFile> files) throws IOException {
        List<MeasureInput.NewAttachment> result = new ArrayList<>();
        if (files == null) {
            return result;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "bilaga" : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
            String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
            result.add(new MeasureInput.NewAttachment(name.length() > 255 ? name.substring(0, 255) : name,
                    type.length() > 100 ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type, file.getBytes()));
        }
        return result;
    }

    private static MeasureRow row(MeasureView m, PromiseView promise, OffsetDateTime now, Ui ui) {
        String kind = m.kind() == null ? "" : ui.english() ? m.kind().nameEn() : m.kind().nameSv();
        String commitments = m.commitmentKeys().stream().map(key -> commitmentLabel(promise.content(), key))
                .collect(Collectors.joining(", "));
        String when = m.end().equals(m.start()) ? Dates.day(m.start(), ui.locale())
                : Dates.day(m.start(), ui.locale()) + "–" + Dates.day(m.end(), ui.locale());
        String outputs = m.outputs().stream().map(o -> ui.number(o.quantity()) + " " + o.unit())
                .collect(Collectors.joining(", "));
        PromisePeriod period = PromisePeriod.of(promise.content());
        String outside = m.outsidePeriod() && period != null
                ? ui.t("measures.state.outsidePeriod", period.words(ui.locale())) : null;
        String publication = outside != null ? ui.t("measures.state.notShown") : m.heldBackAt(now)
                ? ui.t("measures.state.heldBack", Dates.day(m.publicSince(), ui.locale()))
                : ui.t("measures.state.public");
        String placeShown = m.areaOnly() ? ui.t("measures.state.areaOnly",
                m.publicPlace() == null ? ui.t("measures.place.none") : m.publicPlace()) : null;
        return new MeasureRow(m, kind, commitments, when, outputs, publication, placeShown, outside);
    }

    /** "2. Belysning": its number is its position in the promise. */
    private static String commitmentLabel(PromiseContent content, String key) {
        for (int i = 0; i < content.commitments().size(); i++) {
            if (content.commitments().get(i).key().equals(key)) {
                return (i + 1) + ". " + content.commitments().get(i).title();
            }
        }
        return key;
    }
}
