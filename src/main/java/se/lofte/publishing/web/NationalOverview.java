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

import se.lofte.followup.Verdict;
import se.lofte.promises.Theme;
import se.lofte.shared.SmallCountSuppression;

/**
 * Every published citizen promise in the country, narrowed by what a reader chooses: county, police region,
 * local police area, municipality, year, theme and follow-up verdict. Each choice is a plain query parameter, so every view has an address
 * that can be linked to and bookmarked. Values are names as people write them ({@code lan=Västra Götalands län}),
 * matched without regard to case. Made-up municipalities (the demo's) are listed with their mark but never
 * counted in the figures or drawn on the map.
 *
 * @param rows     the promises chosen, newest year first, then by municipality
 * @param counties the choices of county, each with how many promises it would show given the other choices
 * <p>Theme and verdict are about commitments: a promise is chosen when at least one of its commitments has the
 * theme chosen ({@code tema}) and the verdict chosen ({@code uppfoljning}) in the latest joint follow-up published
 * for the promise; with both chosen, one commitment must have both. {@code ingen} is a commitment with no verdict
 * yet: its promise has no published follow-up, or the commitment was added after it. An untagged commitment has
 * the theme {@code ej-angivet} (not stated), never a guessed one.
 *
 * @param rows     the promises chosen, newest year first, then by municipality
 * @param counties the choices of county, each with how many promises it would show given the other choices
 * @param years    the figures per year of the promises chosen (made-up ones left out), newest first
 * @param themes   the share of commitments fulfilled per theme and year, of the promises chosen (made-up ones
 *                 left out; only the theme chosen when one is), newest year first
 */
public record NationalOverview(Filter filter, List<Row> rows, List<Choice> counties, List<Choice> regions,
                        List<Choice> localPoliceAreas, List<Choice> municipalities, List<Choice> yearChoices,
                        List<Choice> themeChoices, List<Choice> verdictChoices, List<YearFigures> years,
                        List<ThemeFigures> themes, Set<String> chosenCodes) {

    /** The value of {@code tema} for commitments without a theme. */
    public static final String NO_THEME = "ej-angivet";

    /** The value of {@code uppfoljning} for commitments not yet followed up. */
    public static final String NO_VERDICT = "ingen";

    /**
     * The fewest commitments followed up of which a share fulfilled is shown: a percentage of two or three is more
     * noise than figure. The same threshold as the public statistics' small counts; the counts themselves are
     * always shown, as they count public commitments, not people.
     */
    public static final int SHARE_FROM = SmallCountSuppression.THRESHOLD;

    /** The values of {@code uppfoljning}, in the order offered, each with its verdict (none for {@code ingen}). */
    private static final Map<String, Verdict> VERDICTS = verdicts();

    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    /** What the reader chose; null for a dimension not chosen. Read from an address by {@link #of}. */
    public record Filter(String county, String region, String localPoliceArea, String municipality, Integer year,
                         String theme, String verdict) {

        /** The query parameters, in the order of the record's components. */
        private static final List<String> PARAMETERS = List.of("lan", "polisregion", "lpo", "kommun", "ar", "tema",
                "uppfoljning");

        /**
         * The choices in these query parameters: {@code lan}, {@code polisregion}, {@code lpo}, {@code kommun},
         * {@code tema} and {@code uppfoljning}, with the year read apart (it may be refused); a blank value is no
         * choice, and other parameters are ignored.
         */
        public static Filter of(Map<String, String> query, Integer year) {
            Function<String, String> chosen = name -> blankToNull(query.get(name));
            return new Filter(chosen.apply("lan"), chosen.apply("polisregion"), chosen.apply("lpo"),
                    chosen.apply("kommun"), year, chosen.apply("tema"), chosen.apply("uppfoljning"));
        }

        public boolean any() {
            return !parameters().isEmpty();
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

        /** The choices made, by query parameter, in the form's order. */
        public Map<String, String> parameters() {
            List<Object> values = java.util.Arrays.asList(county, region, localPoliceArea, municipality, year, theme,
                    verdict);
            Map<String, String> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < PARAMETERS.size(); i++) {
                if (values.get(i) != null) {
                    all.put(PARAMETERS.get(i), values.get(i).toString());
                }
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
               List<CommitmentFacts> commitmentFacts, int goals, boolean example) {

        public Row {
            commitmentFacts = List.copyOf(commitmentFacts);
        }

        public int commitments() {
            return commitmentFacts.size();
        }

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

    /**
     * What the overview knows of one commitment: its theme (null when not stated) and its verdict in the latest
     * joint follow-up published for its promise (null when it has none).
     */
    public record CommitmentFacts(Theme theme, Verdict verdict) {

        /** Whether this commitment has the theme ({@code tema} value) and verdict ({@code uppfoljning}) asked for. */
        boolean matches(String theme, String verdict) {
            return (theme == null || equal(themeValue(this.theme), theme))
                    && (verdict == null || VERDICTS.containsKey(verdict.toLowerCase(Locale.ROOT))
                    && VERDICTS.get(verdict.toLowerCase(Locale.ROOT)) == this.verdict);
        }
    }

    /**
     * One value a dimension can be narrowed to, with the number of promises it would show. {@code label} is the
     * message key of its name where the value is a code ({@code tema=trafik}: {@code theme.TRAFFIC}); null where
     * the value is the name.
     */
    public record Choice(String value, String label, int count, boolean chosen) {

        public Choice(String value, int count, boolean chosen) {
            this(value, null, count, chosen);
        }
    }

    /** What the promises of one year hold: promises, municipalities, commitments and goals. */
    public record YearFigures(int year, int promises, int municipalities, int commitments, int goals) {
    }

    /**
     * How the commitments of one theme in one year went: {@code label} is the theme's message key,
     * {@code followedUp} those with a verdict in their promise's latest published follow-up, {@code fulfilled}
     * those judged fulfilled.
     */
    public record ThemeFigures(String label, int year, int commitments, int followedUp, int fulfilled) {

        /** Whether the share fulfilled is shown: only of at least {@link #SHARE_FROM} commitments followed up. */
        public boolean showsShare() {
            return followedUp >= SHARE_FROM;
        }

        /** The share fulfilled in whole per cent, rounded half up. */
        public int percent() {
            return followedUp == 0 ? 0 : (int) Math.round(100.0 * fulfilled / followedUp);
        }
    }

    /**
     * The message key saying why the figures are empty: nothing chosen, or only made-up promises, which are listed
     * but never counted.
     */
    public String noFigures() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::example) ? "sweden.figures.onlyExamples"
                : "sweden.figures.none";
    }

    /** The message key naming a {@code tema} or {@code uppfoljning} value, or null for any other parameter. */
    public static String label(String parameter, String value) {
        return switch (parameter) {
            case "tema" -> themeLabel(value);
            case "uppfoljning" -> VERDICTS.containsKey(value.toLowerCase(Locale.ROOT))
                    ? "sweden.verdict." + value.toLowerCase(Locale.ROOT) : null;
            default -> null;
        };
    }

    static NationalOverview of(List<Row> all, Filter filter) {
        Predicate<Row> county = r -> filter.county() == null || anyEqual(r.counties(), filter.county());
        Predicate<Row> region = r -> filter.region() == null || anyEqual(r.regions(), filter.region());
        Predicate<Row> lpo = r -> filter.localPoliceArea() == null
                || anyEqual(r.localPoliceAreas(), filter.localPoliceArea());
        Predicate<Row> municipality = r -> filter.municipality() == null
                || anyEqual(r.municipalities(), filter.municipality());
        Predicate<Row> year = r -> filter.year() == null || r.year() == filter.year();
        Predicate<Row> commitments = r -> filter.theme() == null && filter.verdict() == null
                || r.commitmentFacts().stream().anyMatch(c -> c.matches(filter.theme(), filter.verdict()));
        Predicate<Row> place = county.and(region).and(lpo).and(municipality);
        List<Row> rows = all.stream().filter(place.and(year).and(commitments))
                .sorted(Comparator.comparingInt(Row::year).reversed()
                        .thenComparing(Row::municipalityNames, SWEDISH))
                .toList();
        // Each dimension's counts are of the promises the other choices leave, so that a reader sees what
        // choosing another value there would give, not only the value already chosen.
        List<Choice> counties = choices(all, region.and(lpo).and(municipality).and(year).and(commitments),
                Row::counties, filter.county());
        List<Choice> regions = choices(all, county.and(lpo).and(municipality).and(year).and(commitments),
                Row::regions, filter.region());
        List<Choice> lpos = choices(all, county.and(region).and(municipality).and(year).and(commitments),
                Row::localPoliceAreas, filter.localPoliceArea());
        List<Choice> municipalities = choices(all, county.and(region).and(lpo).and(year).and(commitments),
                Row::municipalities, filter.municipality());
        List<Choice> yearChoices = yearChoices(all, place.and(commitments), filter.year());
        List<Row> placeAndYear = all.stream().filter(place.and(year)).toList();
        List<Choice> themeChoices = fixedChoices(placeAndYear, themeValues(), NationalOverview::themeLabel,
                value -> c -> c.matches(value, filter.verdict()), filter.theme());
        List<Choice> verdictChoices = fixedChoices(placeAndYear, List.copyOf(VERDICTS.keySet()),
                value -> "sweden.verdict." + value, value -> c -> c.matches(filter.theme(), value), filter.verdict());
        Map<Integer, List<Row>> byYear = new TreeMap<>(Comparator.reverseOrder());
        rows.stream().filter(r -> !r.example()).forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<YearFigures> years = byYear.entrySet().stream().map(e -> new YearFigures(e.getKey(), e.getValue().size(),
                (int) e.getValue().stream().flatMap(r -> r.codes().stream()).distinct().count(),
                e.getValue().stream().mapToInt(Row::commitments).sum(),
                e.getValue().stream().mapToInt(Row::goals).sum())).toList();
        Set<String> codes = new LinkedHashSet<>();
        rows.stream().filter(r -> !r.example()).forEach(r -> codes.addAll(r.codes()));
        return new NationalOverview(filter, rows, counties, regions, lpos, municipalities, yearChoices, themeChoices,
                verdictChoices, years, themeFigures(rows, filter.theme()), Set.copyOf(codes));
    }

    /**
     * The share fulfilled per theme and year, counted over the commitments of the promises chosen, or only those of
     * the theme chosen. The verdict chosen narrows the promises, not the commitments counted: a share of only the
     * fulfilled ones would say nothing.
     */
    private static List<ThemeFigures> themeFigures(List<Row> rows, String theme) {
        record Cell(int year, String label) {
        }
        Map<Cell, int[]> counts = new TreeMap<>(Comparator.comparingInt(Cell::year).reversed()
                .thenComparingInt(c -> themeValues().indexOf(themeValueOf(c.label()))));
        for (Row row : rows) {
            if (row.example()) {
                continue;
            }
            for (CommitmentFacts c : row.commitmentFacts()) {
                if (theme != null && !c.matches(theme, null)) {
                    continue;
                }
                int[] count = counts.computeIfAbsent(new Cell(row.year(), themeLabel(themeValue(c.theme()))),
                        k -> new int[3]);
                count[0]++;
                count[1] += c.verdict() == null ? 0 : 1;
                count[2] += c.verdict() == Verdict.FULFILLED ? 1 : 0;
            }
        }
        return counts.entrySet().stream().map(e -> new ThemeFigures(e.getKey().label(), e.getKey().year(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /**
     * The choices of a dimension with a fixed list of values (themes, verdicts): every value, in the list's order,
     * with the number of promises that have a commitment it matches given the other choices.
     */
    private static List<Choice> fixedChoices(List<Row> rows, List<String> values, Function<String, String> labels,
                                             Function<String, Predicate<CommitmentFacts>> matching, String chosen) {
        List<Choice> choices = new ArrayList<>();
        for (String value : values) {
            Predicate<CommitmentFacts> matches = matching.apply(value);
            int count = (int) rows.stream().filter(r -> r.commitmentFacts().stream().anyMatch(matches)).count();
            choices.add(new Choice(value, labels.apply(value), count, equal(value, chosen)));
        }
        if (chosen != null && choices.stream().noneMatch(Choice::chosen)) {
            choices.addFirst(new Choice(chosen, 0, true));
        }
        return List.copyOf(choices);
    }

    /** The {@code tema} values in the order offered: every theme, then commitments without one. */
    private static List<String> themeValues() {
        List<String> values = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            values.add(theme.slug());
        }
        values.add(NO_THEME);
        return values;
    }

    private static String themeValue(Theme theme) {
        return theme == null ? NO_THEME : theme.slug();
    }

    private static String themeLabel(String value) {
        if (equal(NO_THEME, value)) {
            return "theme.none";
        }
        return Theme.parse(value).filter(t -> equal(t.slug(), value)).map(t -> "theme." + t.name()).orElse(null);
    }

    private static String themeValueOf(String label) {
        return themeValues().stream().filter(v -> label.equals(themeLabel(v))).findFirst().orElseThrow();
    }

    private static Map<String, Verdict> verdicts() {
        Map<String, Verdict> verdicts = new java.util.LinkedHashMap<>();
        verdicts.put("uppfyllt", Verdict.FULFILLED);
        verdicts.put("delvis", Verdict.PARTLY_FULFILLED);
        verdicts.put("ej-uppfyllt", Verdict.NOT_FULFILLED);
        verdicts.put("kan-inte-bedomas", Verdict.CANNOT_BE_ASSESSED);
        verdicts.put(NO_VERDICT, null);
        return java.util.Collections.unmodifiableMap(verdicts);
    }

    private static List<Choice> choices(List<Row> all, Predicate<Row> others,
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
