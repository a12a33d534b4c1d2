package se.lofte.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlace;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;

/**
 * The example promise's year so far, as its staff would have logged it: measures month by month, the goals'
 * data sources and hand counts, and the updates to residents. The lighting is the thing not done: the goal falls
 * behind its line, and an update says so and why.
 */
final class ExampleYear {

    /** Vehicles checked at each month's traffic control on Storgatan, month by month from the promise's start. */
    private static final int[] VEHICLES = {16, 22, 18, 25, 19, 21, 17, 24, 20, 23, 18, 22};
    /** Lights put up, by months from the start; the goal asks for 20. */
    private static final Map<Integer, Integer> LIGHTS = Map.of(2, 3, 5, 2, 8, 1);

    private final PromiseId promise;
    private final PromiseContent content;
    private final LocalDate start;
    private final LocalDate today;
    private final OrganisationId police;
    private final OrganisationId municipality;
    private final StaffMember staff;
    private final MeasureManagement measures;
    private final ProgressManagement progress;
    private final ProgressUpdates updates;

    ExampleYear(PromiseId promise, PromiseContent content, LocalDate start, LocalDate today, OrganisationId police,
                OrganisationId municipality, StaffMember staff, MeasureManagement measures,
                ProgressManagement progress, ProgressUpdates updates) {
        this.promise = promise;
        this.content = content;
        this.start = start;
        this.today = today;
        this.police = police;
        this.municipality = municipality;
        this.staff = staff;
        this.measures = measures;
        this.progress = progress;
        this.updates = updates;
    }

    void logMeasures(FocusPlace centre, FocusPlace station) {
        long highStreet = centre.segments().getFirst().id();
        long stationArea = station.areas().getFirst().id();
        for (int month = 0; month < VEHICLES.length; month++) {
            log(month, 12, commitment(0), new MeasurePlace.OnSegment(highStreet), police, "trafikkontroll",
                    VEHICLES[month], "fordon kontrollerade",
                    "Trafikkontroll på Storgatan en fredagskväll, med fokus på buskörning och hastighet.");
        }
        int[] walkers = {14, 9, 21, 17, 12, 19};
        for (int i = 0; i < walkers.length; i++) {
            log(i * 2 + 1, 20, commitment(1), new MeasurePlace.AtFocusPlace(station.id().value()), municipality,
                    "trygghetsvandring", walkers[i], "deltagare",
                    "Trygghetsvandring runt stationen med boende, resenärer och fastighetsägare.");
        }
        log(4, 8, commitment(1), new MeasurePlace.AtFocusPlace(station.id().value()), police, "skolbesok", 60,
                "elever", "Polisen besökte högstadiet och pratade om skadegörelse och vad den kostar.");
        log(9, 14, commitment(1), new MeasurePlace.AtFocusPlace(station.id().value()), police, "skolbesok", 45,
                "elever", "Nytt skolbesök på högstadiet, med de elever som började i höstas.");
        log(6, 3, commitment(1), MeasurePlace.nowhere(), municipality, "dialogmote", 35, "deltagare",
                "Dialogmöte i kommunhuset om tryggheten vid stationen.");
        LIGHTS.forEach((month, lights) -> log(month, 25, commitment(2), new MeasurePlace.InArea(stationArea),
                municipality, "belysningsatgard", lights, "belysningspunkter",
                "Nya belysningspunkter på gångvägen till stationen."));
    }

    /**
     * One goal counted from the measures, one from the incidents in a focus place, one by hand: the lights,
     * counted as the municipality put them up.
     */
    void measureGoals(FocusPlace station) {
        ExamplePromise.saved(progress.chooseIndicator(promise, goal(0), "measure-output",
                Map.of("measureKind", "trafikkontroll", "unit", "fordon kontrollerade"), staff));
        ExamplePromise.saved(progress.chooseIndicator(promise, goal(1), "incidents",
                Map.of("focusPlace", station.id().toString(), "category", "Skadegörelse"), staff));
        ExamplePromise.saved(progress.chooseIndicator(promise, goal(2), "manual", Map.of(), staff));
        int counted = 0;
        for (int month : LIGHTS.keySet().stream().sorted().toList()) {
            counted += LIGHTS.get(month);
            LocalDate day = start.plusMonths(month).withDayOfMonth(28);
            if (!day.isAfter(today)) {
                ExamplePromise.saved(progress.recordCount(promise, goal(2), Integer.toString(counted), day.toString(),
                        staff));
            }
        }
    }

    /**
     * The safety goal, measured from the surveys' late-evening question in the station's district: the share of
     * its residents who answered "Ganska otrygg" or "Mycket otrygg".
     */
    void measureSafety(long stationDistrict) {
        ExamplePromise.saved(progress.chooseIndicator(promise, goal(3), "survey-share", Map.of("question",
                "late-evening", "options", "3, 4", "district", Long.toString(stationDistrict)), staff));
    }

    void writeUpdates() {
        write(new UpdateText(UpdateKind.PROGRESS, "Trafikkontrollerna på Storgatan går enligt plan",
                "Polisen har kontrollerat fordon på Storgatan varje månad sedan löftet började, oftast en fredagskväll."
                        + " Boende som vi mött säger att buskörningen har minskat.",
                List.of(commitment(0)), police));
        write(new UpdateText(UpdateKind.PROGRESS, "Färre skadegörelser vid stationen",
                "Trygghetsvandringarna har samlat boende, resenärer och fastighetsägare varannan månad. Kommunen lagar"
                        + " det som förstörs inom ett dygn, och färre skadegörelser anmäls runt stationen än året innan.",
                List.of(commitment(1)), municipality));
        write(new UpdateText(UpdateKind.NOT_DONE, "Belysningen i gångtunneln är inte klar",
                "Kommunen har satt upp 6 av 20 belysningspunkter. Upphandlingen av armaturer till gångtunneln"
                        + " överklagades, och arbetet har stått still sedan dess. Kommunen räknar med att sätta upp"
                        + " resten i vår och berättar här när det är klart.",
                List.of(commitment(2)), municipality));
    }

    private void log(int month, int day, String commitment, MeasurePlace place, OrganisationId responsible,
                     String kind, int quantity, String unit, String description) {
        LocalDate date = start.plusMonths(month).withDayOfMonth(day);
        if (date.isAfter(today)) {
            return;
        }
        var input = new MeasureInput(List.of(commitment), date, null, place, responsible, kind,
                List.of(new MeasureInput.OutputLine(Integer.toString(quantity), unit)), description, null, false,
                List.of(), List.of());
        ExamplePromise.saved(measures.log(promise, input, staff).problems());
    }

    private void write(UpdateText text) {
        var saved = updates.write(promise, text, staff);
        ExamplePromise.saved(saved.problems());
        updates.publish(saved.id(), staff);
    }

    private String commitment(int index) {
        return content.commitments().get(index).key();
    }

    private String goal(int index) {
        return content.goals().get(index).key();
    }
}
