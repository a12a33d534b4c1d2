package se.lofte.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.incidents.ImportJob;
import se.lofte.incidents.Imports;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.places.AreaKind;
import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaces;
import se.lofte.places.PlaceImportSettings;
import se.lofte.places.Places;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressUpdates;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.BeforeServing;
import se.lofte.shared.Dates;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Problem;

/**
 * Demo mode ({@code lofte.example-promise=true}; the dev profile sets it): loads the example promise of the
 * fictional Exempelby kommun and LPO Exempelbygden once, with its citizen dialogue (surveys, meetings, residents'
 * reports), so that every page has data to show. Its period is the
 * twelve months from the first day of the month eleven months ago, so the promise is running when it is loaded:
 * its incidents, measures and counts lie in the months gone by, and the goals stand where the status rule puts
 * them today. A start that finds the promise already there adds nothing.
 *
 * <p>Runs after the real 2019 demo promise (which loads only into a database without promises).
 */
@Component
@ConditionalOnWebApplication
class ExamplePromise extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(ExamplePromise.class);

    private final Organisations organisations;
    private final Places places;
    private final FocusPlaces focusPlaces;
    private final Imports imports;
    private final PromiseManagement promises;
    private final MeasureManagement measures;
    private final ProgressManagement progress;
    private final ProgressUpdates updates;
    private final ExampleDialogue dialogue;
    private final Clock clock;
    private final boolean wanted;

    ExamplePromise(Organisations organisations, Places places, FocusPlaces focusPlaces, Imports imports,
                   PromiseManagement promises, MeasureManagement measures, ProgressManagement progress,
                   ProgressUpdates updates, ExampleDialogue dialogue, Clock clock, LofteProperties properties) {
        // After the first administrator (0) and the real demo promise (1), which looks for an empty database.
        super(2);
        this.organisations = organisations;
        this.places = places;
        this.focusPlaces = focusPlaces;
        this.imports = imports;
        this.promises = promises;
        this.measures = measures;
        this.progress = progress;
        this.updates = updates;
        this.dialogue = dialogue;
        this.clock = clock;
        // A setting read at run time, not a condition on the bean: see DemoPromise.
        this.wanted = properties.examplePromise();
    }

    @Override
    protected void prepare() {
        if (!wanted) {
            return;
        }
        Organisation municipality = organisations.municipalityBySlug("exempelby").orElseGet(() -> organisations
                .find(organisations.addFictionalMunicipality(ExampleTown.NAME, ExampleTown.CODE, ExampleTown.COUNTY))
                .orElseThrow());
        if (!municipality.fictional()) {
            throw new IllegalStateException("Exempelby kommun is not marked fictional; the example is not loaded");
        }
        OrganisationId police = organisations.coveringLocalPoliceAreas(municipality.id()).stream()
                .filter(Organisation::fictional).map(Organisation::id).findFirst()
                .orElseGet(() -> organisations.addFictionalLocalPoliceArea(ExampleTown.POLICE,
                        Set.of(municipality.id())));
        StaffMember staff = staff(police, municipality.id());
        if (!promises.list(staff).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Dates.SWEDEN));
        LocalDate start = today.withDayOfMonth(1).minusMonths(11);
        LocalDate end = start.plusYears(1).minusDays(1);
        importPlaces(municipality.id(), staff);
        FocusPlace centre = focusPlace(municipality.id(), "Centrum och Storgatan",
                "Torget, Storgatan och gatorna runt omkring.", ExampleTown.CENTRE_NAME, ExampleTown.HIGH_STREET, staff);
        FocusPlace station = focusPlace(municipality.id(), ExampleTown.STATION_NAME,
                "Stationen, gångtunneln under järnvägen och Järnvägsgatan.", ExampleTown.STATION_NAME,
                ExampleTown.RAILWAY_STREET, staff);
        ImportJob job = importIncidents(municipality.id(), start, today);
        PromiseContent content = ExampleContent.of(promises.parties(List.of(police, municipality.id())), start, end,
                ref(centre), ref(station));
        PublishedRevision published = publish(content, police, municipality.id(), staff);
        var year = new ExampleYear(published.promiseId(), published.content(), start, today, police,
                municipality.id(), staff, measures, progress, updates);
        year.logMeasures(centre, station);
        year.measureGoals(station);
        year.writeUpdates();
        dialogue.load(municipality.id(), police, published.promiseId(), start, today, staff);
        year.measureSafety(places.areas(List.of(municipality.id())).stream()
                .filter(a -> a.name().equals(ExampleTown.STATION_NAME)).findFirst().orElseThrow().id());
        log.info("Löfte: loaded the example promise of the fictional {} and {} ({} incidents, {} to {})",
                municipality.name(), ExampleTown.POLICE, job.accepted(), start, end);
    }

    /** One person who does what both parties' staff would: draws places, imports, writes, signs and measures. */
    private static StaffMember staff(OrganisationId police, OrganisationId municipality) {
        List<Membership> memberships = new ArrayList<>();
        for (OrganisationId party : List.of(police, municipality)) {
            for (Role role : List.of(Role.EDITOR, Role.SIGNATORY, Role.ANALYST)) {
                memberships.add(new Membership(party, role));
            }
        }
        return new StaffMember("exempel", "Exempeldata", false, Set.copyOf(memberships));
    }

    private void importPlaces(OrganisationId municipality, StaffMember staff) {
        saved(places.importGeoJson(municipality, "exempelby-kommun.geojson", ExampleTown.municipalityArea(),
                new PlaceImportSettings("namn", AreaKind.MUNICIPALITY, "kod", "", "namn"), staff).problems());
        saved(places.importGeoJson(municipality, "exempelby-stadsdelar.geojson", ExampleTown.districtsAndStreets(),
                new PlaceImportSettings("namn", AreaKind.DISTRICT, "", "", "namn"), staff).problems());
    }

    private FocusPlace focusPlace(OrganisationId municipality, String name, String description, String area,
                                  ExampleTown.Line street, StaffMember staff) {
        return focusPlaces.forOrganisations(List.of(municipality)).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseGet(() -> {
                    long areaId = places.areas(List.of(municipality)).stream()
                            .filter(a -> a.name().equals(area)).findFirst().orElseThrow().id();
                    long segmentId = places.segments(List.of(municipality)).stream()
                            .filter(s -> s.name().equals(street.name())).findFirst().orElseThrow().id();
                    var save = focusPlaces.create(municipality, name, description, Set.of(areaId), Set.of(segmentId),
                            staff);
                    saved(save.problems());
                    return focusPlaces.find(save.id()).orElseThrow();
                });
    }

    /** Through the import path staff use, from a file as an upload or the command line gives it. */
    private ImportJob importIncidents(OrganisationId municipality, LocalDate start, LocalDate today) {
        Path file = null;
        try {
            file = Files.createTempFile("exempelby-handelser", ".geojson");
            Files.write(file, ExampleIncidents.geoJson(start, today));
            return imports.runNow(municipality, "geojson", "Exempelby kommun", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private PublishedRevision publish(PromiseContent content, OrganisationId police, OrganisationId municipality,
                                      StaffMember staff) {
        var saved = promises.create(content, staff);
        saved(saved.problems());
        PromiseId id = saved.id();
        promises.sign(id, police, staff);
        promises.sign(id, municipality, staff);
        return promises.publish(id, staff, ExampleContent.PUBLISHER);
    }

    static PromiseContent.FocusPlaceRef ref(FocusPlace place) {
        return new PromiseContent.FocusPlaceRef(place.id().value(), place.name());
    }

    /** The example is written to keep every rule; one it breaks is a mistake here, to be seen at once. */
    static void saved(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The example promise breaks a rule: " + problems);
        }
    }
}
