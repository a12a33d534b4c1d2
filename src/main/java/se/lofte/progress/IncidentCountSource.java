package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.places.FocusPlace;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * Incidents of the lägesbild on a focus place in the goal's period, of one category or all: the series is
 * the running count at the end of each month and on the last day read. A goal such as "högst tio anmälda
 * skadegörelser på gångstråket" is measured by it with direction DECREASE. A focus place that was removed cannot
 * be read.
 */
@Component
class IncidentCountSource extends BuiltInSource {

    static final String KIND = "incidents";
    static final String CATEGORY = "category";
    static final String FOCUS_PLACE = "focusPlace";
    static final String FROM = "from";
    static final String TO = "to";
    private static final int CATEGORY_MAX = 200;

    private final FocusPlaces focusPlaces;

    IncidentCountSource(FocusPlaces focusPlaces, SourceWords words) {
        super(KIND, "Antal händelser i lägesbilden", "Incident count from the situation picture", words);
        this.focusPlaces = focusPlaces;
    }

    @Override
    public List<IndicatorParameter> parameters(GoalContext goal) {
        List<IndicatorParameter.Choice> places = offered(goal).stream()
                .map(p -> new IndicatorParameter.Choice(p.id().toString(), p.name(), p.name())).toList();
        return List.of(
                IndicatorParameter.choice(FOCUS_PLACE, "Fokusplats", "Focus place", true, places),
                IndicatorParameter.text(CATEGORY, "Kategori, som den heter i lägesbilden (tomt: alla)",
                        "Category, as named in the situation picture (empty: all)", false),
                IndicatorParameter.date(FROM, "Räknas från (tomt: löftets början)", "Counted from (empty: the promise's start)",
                        false),
                IndicatorParameter.date(TO, "Räknas till och med (tomt: målets slutdatum)",
                        "Counted up to (empty: the goal's deadline)", false));
    }

    @Override
    public List<Problem> validate(Map<String, String> values, GoalContext goal) {
        List<Problem> problems = new ArrayList<>();
        String place = values.get(FOCUS_PLACE);
        if (place == null) {
            problems.add(Problem.of(FOCUS_PLACE, "progress.source.focusPlaceRequired"));
        } else if (offered(goal).stream().noneMatch(p -> p.id().toString().equals(place))) {
            problems.add(Problem.of(FOCUS_PLACE, "progress.source.focusPlaceUnknown"));
        }
        String category = values.get(CATEGORY);
        if (category != null && category.length() > CATEGORY_MAX) {
            problems.add(Problem.of(CATEGORY, "progress.source.tooLong", Integer.toString(CATEGORY_MAX)));
        }
        LocalDate from = Dates.field(FROM, values.get(FROM), problems);
        LocalDate to = Dates.field(TO, values.get(TO), problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(Problem.of(TO, "progress.source.toBeforeFrom"));
        }
        return problems;
    }

    @Override
    public IndicatorReading read(Map<String, String> values, GoalContext goal) {
        Optional<FocusPlace> place = place(values);
        if (place.isEmpty()) {
            return words.of("progress.source.words.placeGone").unreadable();
        }
        String category = values.get(CATEGORY);
        LocalDate from = date(values.get(FROM), goal.content().start());
        LocalDate to = date(values.get(TO), goal.deadline());
        SourceWords.Both said = words.of(category == null ? "progress.source.words.incidents"
                        : "progress.source.words.incidentsOfCategory",
                locale -> new Object[]{place.get().name(), Dates.day(from, locale), Dates.day(to, locale), category});
        LocalDate until = to == null || goal.today().isBefore(to) ? goal.today() : to;
        if (from == null || until.isBefore(from)) {
            return said.reading(List.of());
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from.withDayOfMonth(1).plusMonths(1).minusDays(1); day.isBefore(until);
             day = day.plusDays(1).plusMonths(1).minusDays(1)) {
            days.add(day);
        }
        days.add(until);
        List<Long> counts = focusPlaces.countIncidents(place.get().id(), category, Dates.startOf(from),
                days.stream().map(day -> Dates.startOf(day.plusDays(1))).toList());
        List<ProgressPoint> series = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            series.add(new ProgressPoint(days.get(i), BigDecimal.valueOf(counts.get(i))));
        }
        return said.reading(series);
    }

    @Override
    public boolean placed(Map<String, String> values) {
        return values.get(FOCUS_PLACE) != null;
    }

    private List<FocusPlace> offered(GoalContext goal) {
        return focusPlaces.forOrganisations(goal.content().partyIds());
    }

    private Optional<FocusPlace> place(Map<String, String> values) {
        return Optional.ofNullable(Typed.wholeNumber(values.get(FOCUS_PLACE)))
                .flatMap(id -> focusPlaces.find(new FocusPlaceId(id)));
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        return text == null ? otherwise : LocalDate.parse(text);
    }
}
