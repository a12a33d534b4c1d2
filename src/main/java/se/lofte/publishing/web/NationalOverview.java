package se.lofte.publishing.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every published citizen promise in the country, narrowed by what a reader chooses: county, police region,
 * local police area, municipality and year. Each choice is a plain query parameter, so every view has an address
 * that can be linked to and bookmarked. Values are names as people write them ({@code lan=Västra Götalands län}),
 * matched without regard to case. Made-up municipalities (the demo's) are listed with their mark but never
 * counted in the figures or drawn on the map.
 *
 * @param rows     the promises chosen, newest year first, then by municipality
 * @param counties the choices of county, each with how many promises it would show given the other choices
 * @param years    the figures per year of the promises chosen (made-up ones left out), newest first
 */
public record NationalOverview(Filter filter, List<Row> rows, List<Choice> counties, List<Choice> regions,
                        List<Choice> localPoliceAreas, List<Choice> municipalities, List<Choice> yearChoices,
                        List<YearFigures> years, Set<String> chosenCodes) {

    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    /** What the reader chose; null for a dimension not chosen. */
    public record Filter(String county, String region, String localPoliceArea, String municipality, Integer year) {

        public Filter {
            county = blankToNull(county);
            region = blankToNull(region);
            localPoliceArea = blankToNull(localPoliceArea);
            municipality = blankToNull(municipality);
        }

        public boolean any() {
            return county != null || region != null || localPoliceArea != null || municipality != null || year != null;
        }

        /** The query string of this filter without one dimension, for a link that removes that choice. */
        public String without(String parameter) {
            Map<String, String> kept = parameters();
            kept.remove(parameter);
            return query(kept);
        }

        /** The query string of this filter, starting with {@code ?}, or empty when nothing is chosen. */
        public String query() {
            return query(parameters());
        }

        public Map<String, String> parameters() {
            Map<String, String> all = new java.util.LinkedHashMap<>();
            if (county != null) {
                all.put("lan", county);
            }
            if (region != null) {
                all.put("polisregion", region);
            }
            if (localPoliceArea != null) {
                all.put("lpo", localPoliceArea);
            }
            if (municipality != null) {
                all.put("kommun", municipality);
            }
            if (year != null) {
                all.put("ar", year.toString());
            }
            return all;
        }

        private static String query(Map<String, String> parameters) {
            if (parameters.isEmpty()) {
                return "";
            }
            StringBuilder query = new StringBuilder();
            parameters.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            return query.toString();
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * One published promise. {@code codes} are the SCB codes of its municipalities, {@code municipalities} and
     * {@code counties} their names; {@code regions} those of the police regions of its local police areas.
     */
    public record Row(List<String> codes, List<String> municipalities, List<String> counties,
               List<String> localPoliceAreas, List<String> regions, int year, String title, String url,
               int commitments, int goals, boolean example) {

        public String municipalityNames() {
            return String.join(", ", municipalities);
        }

        public String localPoliceAreaNames() {
            return String.join(", ", localPoliceAreas);
        }

        public String countyNames() {
            return String.join(", ", new LinkedHashSet<>(counties));
        }
    }

    /** One value a dimension can be narrowed to, with the number of promises it would show. */
    public record Choice(String value, int count, boolean chosen) {
    }

    /** What the promises of one year hold: promises, municipalities, commitments and goals. */
    public record YearFigures(int year, int promises, int municipalities, int commitments, int goals) {
    }

    static NationalOverview of(List<Row> all, Filter filter) {
        Predicate<Row> county = r -> filter.county() == null || anyEqual(r.counties(), filter.county());
        Predicate<Row> region = r -> filter.region() == null || anyEqual(r.regions(), filter.region());
        Predicate<Row> lpo = r -> filter.localPoliceArea() == null
                || anyEqual(r.localPoliceAreas(), filter.localPoliceArea());
        Predicate<Row> municipality = r -> filter.municipality() == null
                || anyEqual(r.municipalities(), filter.municipality());
        Predicate<Row> year = r -> filter.year() == null || r.year() == filter.year();
        List<Row> rows = all.stream().filter(county.and(region).and(lpo).and(municipality).and(year))
                .sorted(Comparator.comparingInt(Row::year).reversed()
                        .thenComparing(Row::municipalityNames, SWEDISH))
                .toList();
        // Each dimension's counts are of the promises the other choices leave, so that a reader sees what
        // choosing another value there would give, not only the value already chosen.
        List<Choice> counties = choices(all, county, region.and(lpo).and(municipality).and(year),
                Row::counties, filter.county());
        List<Choice> regions = choices(all, region, county.and(lpo).and(municipality).and(year),
                Row::regions, filter.region());
        List<Choice> lpos = choices(all, lpo, county.and(region).and(municipality).and(year),
                Row::localPoliceAreas, filter.localPoliceArea());
        List<Choice> municipalities = choices(all, municipality, county.and(region).and(lpo).and(year),
                Row::municipalities, filter.municipality());
        List<Choice> yearChoices = yearChoices(all, county.and(region).and(lpo).and(municipality), filter.year());
        Map<Integer, List<Row>> byYear = new TreeMap<>(Comparator.reverseOrder());
        rows.stream().filter(r -> !r.example()).forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<YearFigures> years = byYear.entrySet().stream().map(e -> new YearFigures(e.getKey(), e.getValue().size(),
                (int) e.getValue().stream().flatMap(r -> r.codes().stream()).distinct().count(),
                e.getValue().stream().mapToInt(Row::commitments).sum(),
                e.getValue().stream().mapToInt(Row::goals).sum())).toList();
        Set<String> codes = new LinkedHashSet<>();
        rows.stream().filter(r -> !r.example()).forEach(r -> codes.addAll(r.codes()));
        return new NationalOverview(filter, rows, counties, regions, lpos, municipalities, yearChoices, years,
                Set.copyOf(codes));
    }

    private static List<Choice> choices(List<Row> all, Predicate<Row> own, Predicate<Row> others,
                                        Function<Row, List<String>> values, String chosen) {
        Map<String, Integer> counts = new TreeMap<>(SWEDISH);
        all.stream().filter(others).forEach(r -> new LinkedHashSet<>(values.apply(r))
                .forEach(v -> counts.merge(v, 1, Integer::sum)));
        List<Choice> choices = new ArrayList<>();
        counts.forEach((value, count) -> choices.add(new Choice(value, count, equal(value, chosen))));
        // A value typed into the address that no promise has is still shown as chosen, with nothing, so that the
        // reader sees why the list is empty and can take it away.
        if (chosen != null && choices.stream().noneMatch(Choice::chosen)) {
            choices.addFirst(new Choice(chosen, 0, true));
        }
        return List.copyOf(choices);
    }

    private static List<Choice> yearChoices(List<Row> all, Predicate<Row> others, Integer chosen) {
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        all.stream().filter(others).forEach(r -> counts.merge(r.year(), 1, Integer::sum));
        List<Choice> choices = new ArrayList<>();
        counts.forEach((value, count) -> choices.add(new Choice(value.toString(), count, value.equals(chosen))));
        if (chosen != null && !counts.containsKey(chosen)) {
            choices.addFirst(new Choice(chosen.toString(), 0, true));
        }
        return List.copyOf(choices);
    }

    private static boolean anyEqual(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> equal(v, wanted));
    }

    private static boolean equal(String value, String wanted) {
        return wanted != null && Objects.requireNonNull(value).toLowerCase(Locale.ROOT)
                .equals(wanted.toLowerCase(Locale.ROOT));
    }
}
