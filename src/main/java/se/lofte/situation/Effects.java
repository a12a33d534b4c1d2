package se.lofte.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.analysis.Effect;
import se.lofte.analysis.EffectCounts;
import se.lofte.analysis.PeriodCounts;
import se.lofte.incidents.BufferArea;
import se.lofte.incidents.IncidentFilter;
import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents;
import se.lofte.places.Area;
import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.PlaceShape;
import se.lofte.places.StreetSegment;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;

/**
 * Counts for "did it work" and the figures from them. The target and control counts are the trends page's
 * counts (incidents placed in the place's areas and segments, in the viewer's scope); the buffer holds the
 * incidents with a position of their own within the buffer's distance of the focus place's geometry and not in
 * it ({@link Incidents#countInBuffer}). Both periods are whole Swedish days, so incidents known only to the
 * month count in neither.
 */
@Service
public class Effects {

    private final IncidentCounts counts;
    private final Incidents incidents;
    private final FocusPlaces focusPlaces;

    Effects(IncidentCounts counts, Incidents incidents, FocusPlaces focusPlaces) {
        this.counts = counts;
        this.incidents = incidents;
        this.focusPlaces = focusPlaces;
    }

    /** The focus places and areas the viewer may choose, as the trends page offers them. */
    public EffectPlaces places(IncidentScope scope) {
        return new EffectPlaces(counts.focusPlaces(scope), counts.areas(scope), counts.categories(scope));
    }

    /**
     * Whether the control area lies in a municipality of the focus place: a control elsewhere answers to another
     * municipality's data, police and events. Unknown (a place of street segments alone) counts as the same.
     */
    public boolean sameMunicipality(PlaceChoice target, PlaceChoice control) {
        Set<String> of = counts.municipalities(target);
        Set<String> controls = counts.municipalities(control);
        return of.isEmpty() || controls.isEmpty() || controls.stream().anyMatch(of::contains);
    }

    /**
     * What stops a well-formed choice being evaluated for a viewer offered {@code places}: a place not offered is
     * refused like an unknown one (its name is not theirs to learn), and a control in another municipality than
     * the focus place is refused at its field. Empty when the choice may be evaluated.
     */
    public List<Problem> refusals(EffectChoice choice, EffectPlaces places) {
        List<Problem> problems = new ArrayList<>();
        if (!places.offers(choice.target())) {
            problems.add(Problem.of("place", "effect.error.place.unknown"));
        }
        if (!places.offers(choice.control())) {
            problems.add(Problem.of("control", "effect.error.control.unknown"));
        } else if (problems.isEmpty() && !sameMunicipality(choice.target(), choice.control())) {
            problems.add(Problem.of("control", "effect.error.control.elsewhere"));
        }
        return problems;
    }

    /** The counts and figures for a choice whose places the viewer may see (check with {@link #refusals}). */
    public EffectEvaluation evaluate(EffectChoice choice, IncidentScope scope) {
        List<IncidentCounts.Window> windows = List.of(new IncidentCounts.Window(choice.before(), false),
                new IncidentCounts.Window(choice.after(), false));
        PeriodCounts target = periodCounts(counts.count(windows, filter(choice, choice.target()), scope));
        PeriodCounts control = periodCounts(counts.count(windows, filter(choice, choice.control()), scope));
        PeriodCounts buffer = bufferCounts(choice, scope);
        Effect effect = Effect.of(new EffectCounts(target, control, buffer, control));
        return new EffectEvaluation(choice, target, buffer, control, effect);
    }

    private PeriodCounts bufferCounts(EffectChoice choice, IncidentScope scope) {
        FocusPlaceId id = new FocusPlaceId(choice.target().id());
        FocusPlace place = focusPlaces.find(id).orElse(null);
        if (place == null) {
            return new PeriodCounts(0, 0);
        }
        List<String> wkt = focusPlaces.shapes(List.of(id)).getOrDefault(id, List.of()).stream()
                .map(PlaceShape::wkt).toList();
        Set<Long> areas = place.areas().stream().map(Area::id).collect(Collectors.toSet());
        Set<Long> segments = place.segments().stream().map(StreetSegment::id).collect(Collectors.toSet());
        List<Incidents.Window> windows = List.of(window(choice.before()), window(choice.after()));
        List<Long> n = incidents.countInBuffer(new BufferArea(wkt, choice.bufferMetres(), areas, segments),
                IncidentFilter.of(choice.category(), null), scope, windows);
        return new PeriodCounts(n.get(0), n.get(1));
    }

    private static Incidents.Window window(Period period) {
        return new Incidents.Window(Dates.startOf(period.from()),
                Dates.startOf(period.to().plusDays(1)), false);
    }

    private static TrendFilter filter(EffectChoice choice, PlaceChoice place) {
        return new TrendFilter(choice.category(), null, place, Granularity.MONTH, choice.after().from(),
                choice.after().to());
    }

    private static PeriodCounts periodCounts(List<Incidents.Count> n) {
        return new PeriodCounts(n.get(0).counted(), n.get(1).counted());
    }
}
