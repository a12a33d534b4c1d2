package se.lofte.situation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.incidents.IncidentFilter;
import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents;
import se.lofte.places.Area;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.places.StreetSegment;
import se.lofte.shared.Dates;

/**
 * Incident counts for trends: the trend filter's periods and place turned into what {@link Incidents} counts,
 * and the places, with their populations, that the filter offers (read from the places' tables in the
 * viewer's scope).
 *
 * <p>Periods are whole Swedish days, turned into [start, end) instants here. Incidents known only to the month
 * (police.uk) count only in windows flagged as whole months, and are reported as left out of the rest.
 */
@Repository
class IncidentCounts {

    /** The most categories the trend filter offers. */
    private static final int CATEGORIES_MAX = 500;

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final FocusPlaces focusPlaces;

    IncidentCounts(JdbcClient jdbc, Incidents incidents, FocusPlaces focusPlaces) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.focusPlaces = focusPlaces;
    }

    /** A period and whether incidents known only to the month count in it. */
    record Window(Period period, boolean holdsMonthKnown) {
    }

    /** The count in each window, in the windows' order, for incidents in scope that match the filter. */
    List<Incidents.Count> count(List<Window> windows, TrendFilter filter, IncidentScope scope) {
        return incidents.count(windows(windows), incidents(filter), scope);
    }

    /** The counts per category in each window, categories with the most in the first window first. */
    Map<String, long[]> countByCategory(List<Window> windows, TrendFilter filter, IncidentScope scope, int limit) {
        return incidents.countByCategory(windows(windows), incidents(filter), scope, limit);
    }

    /**
     * The days the data behind the filter's counts covers: per source and municipality in scope, narrowed by the
     * filter's source and, where the place lies in one municipality, to that municipality. Not by category (a
     * category's zero is real where its source has data) nor to an area's own incidents (an area without
     * incidents in a month had none, if its municipality's data covers the month).
     */
    Coverage coverage(TrendFilter filter, IncidentScope scope) {
        IncidentFilter narrowed = IncidentFilter.of(null, filter.source());
        String municipality = municipalityOf(filter.place(), scope);
        if (municipality != null) {
            narrowed = narrowed.inMunicipality(municipality);
        }
        return new Coverage(incidents.coverage(narrowed, scope));
    }

    /** The municipality a chosen municipality or area lies in; null for other places and for none. */
    private String municipalityOf(PlaceChoice place, IncidentScope scope) {
        if (place == null) {
            return null;
        }
        return switch (place.kind()) {
            case MUNICIPALITY -> place.key();
            case AREA -> {
                Map<String, Object> params = new HashMap<>(scope.parameters());
                params.put("id", Long.parseLong(place.key()));
                yield jdbc.sql("select a.municipality_code from area a where a.id = :id and " + scope.condition("a"))
                        .params(params).query(String.class).optional().orElse(null);
            }
            case SEGMENT, FOCUS_PLACE -> null;
        };
    }

    private static List<Incidents.Window> windows(List<Window> windows) {
        return windows.stream().map(w -> new Incidents.Window(Dates.startOf(w.period().from()),
                Dates.startOf(w.period().to().plusDays(1)), w.holdsMonthKnown())).toList();
    }

    /** A focus place is its areas and street segments; one that no longer exists holds nothing. */
    private IncidentFilter incidents(TrendFilter filter) {
        IncidentFilter incidents = IncidentFilter.of(filter.category(), filter.source());
        PlaceChoice place = filter.place();
        if (place == null) {
            return incidents;
        }
        return switch (place.kind()) {
            case MUNICIPALITY -> incidents.inMunicipality(place.key());
            case AREA -> incidents.placedIn(Set.of(place.id()), Set.of());
            case SEGMENT -> incidents.placedIn(Set.of(), Set.of(place.id()));
            case FOCUS_PLACE -> focusPlaces.find(new FocusPlaceId(place.id()))
                    .map(f -> incidents.placedIn(f.areas().stream().map(Area::id).collect(Collectors.toSet()),
                            f.segments().stream().map(StreetSegment::id).collect(Collectors.toSet())))
                    .orElseGet(() -> incidents.placedIn(Set.of(), Set.of()));
        };
    }

    /**
     * The inhabitants of a place where they are known: an area's population, a municipality's from its area
     * of kind MUNICIPALITY, a focus place's as the sum over its areas when it has only areas and all are
     * known. Null otherwise (street segments have none).
     */
    Integer population(PlaceChoice place, IncidentScope scope) {
        if (place == null) {
            return null;
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        return switch (place.kind()) {
            case MUNICIPALITY -> {
                params.put("code", place.key());
                yield jdbc.sql("select max(a.population) from area a where a.kind = 'MUNICIPALITY'"
                        + " and a.municipality_code = :code and " + scope.condition("a")).params(params)
                        .query(Integer.class).optional().orElse(null);
            }
            case AREA -> {
                params.put("id", Long.parseLong(place.key()));
                yield jdbc.sql("select a.population from area a where a.id = :id and " + scope.condition("a"))
                        .params(params).query(Integer.class).optional().orElse(null);
            }
            case SEGMENT -> null;
            case FOCUS_PLACE -> {
                params.put("id", Long.parseLong(place.key()));
                var row = jdbc.sql("select count(*) as parts, count(a.population) as known, sum(a.population) as total"
                                + " from focus_place_part p left join area a on a.id = p.area_id"
                                + " where p.focus_place_id = :id")
                        .params(params)
                        .query((rs, n) -> new long[]{rs.getLong("parts"), rs.getLong("known"), rs.getLong("total")})
                        .single();
                yield row[0] > 0 && row[0] == row[1] && row[2] <= Integer.MAX_VALUE ? (int) row[2] : null;
            }
        };
    }

    /**
     * The municipalities an area or a focus place's areas lie in; empty for a focus place of street segments
     * alone, whose municipality is not recorded.
     */
    Set<String> municipalities(PlaceChoice place) {
        String sql = place.kind() == PlaceKind.AREA
                ? "select distinct a.municipality_code from area a where a.id = :id"
                : "select distinct a.municipality_code from focus_place_part p join area a on a.id = p.area_id"
                        + " where p.focus_place_id = :id";
        return Set.copyOf(jdbc.sql(sql).param("id", place.id()).query(String.class).list().stream()
                .filter(Objects::nonNull).toList());
    }

    List<String> categories(IncidentScope scope) {
        return incidents.categories(scope).stream().limit(CATEGORIES_MAX).toList();
    }

    List<String> sources(IncidentScope scope) {
        return incidents.sources(scope);
    }

    List<PlaceOption> areas(IncidentScope scope) {
        return options("select a.id, a.name from area a where " + scope.condition("a") + " order by a.name, a.id",
                PlaceKind.AREA, scope);
    }

    /** At most 1,000: a street export can hold many more segments than a select can offer. */
    List<PlaceOption> segments(IncidentScope scope) {
        return options("select s.id, s.name from street_segment s where " + organisationCondition(scope, "s")
                + " order by s.name, s.id fetch first 1000 rows only", PlaceKind.SEGMENT, scope);
    }

    List<PlaceOption> focusPlaces(IncidentScope scope) {
        return options("select f.id, f.name from focus_place f where " + organisationCondition(scope, "f")
                + " order by f.name, f.id", PlaceKind.FOCUS_PLACE, scope);
    }

    /** The places of one kind a select of their id and name finds, as choices. */
    private List<PlaceOption> options(String select, PlaceKind kind, IncidentScope scope) {
        return jdbc.sql(select)
                .params(scope.parameters())
                .query((rs, n) -> new PlaceOption(new PlaceChoice(kind, rs.getString("id")), rs.getString("name")))
                .list();
    }

    /** Street segments and focus places have no municipality: they are seen by their organisation's staff. */
    private static String organisationCondition(IncidentScope scope, String alias) {
        return scope.everything() ? "1 = 1" : alias + ".organisation_id in (:scopeOrganisations)";
    }
}
