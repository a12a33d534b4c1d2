import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.Lofte;
import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureKind;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * The national data set for the public pages benchmark (bench/national-data.sh runs it; not product code).
 *
 * <p>{@code organisations-and-promises}: boots Löfte's own Spring context from the jar's classes, as a serving
 * site on a loopback port (so that the demo promise loads into an empty database as on any first start), and
 * writes through the modules' public services as staff would: police areas and local police areas with the
 * municipalities they cover ({@code Organisations}), then for every chosen municipality and every year
 * 2017–2026 a promise created, signed by both parties and published ({@code PromiseManagement}), its first
 * goal measured by measure outputs ({@code ProgressManagement}), measures logged ({@code MeasureManagement})
 * and updates written and published ({@code ProgressUpdates}). What is already published is left as it is,
 * so a second run carries on where the first stopped.
 *
 * <p>{@code incidents DIR ROWS}: writes one CSV of made-up incidents per county into DIR, ROWS in all, spread
 * over the 290 municipalities; bench/national-data.sh imports them with the product's {@code import} command.
 *
 * <p>Everything is drawn from fixed seeds: the same SCALE gives the same data.
 */
public class NationalDataSet {

    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2026;
    static final int MEASURES_PER_PROMISE = 6;
    static final int UPDATES_PER_PROMISE = 3;

    /** The police region of each county (the regions as organised since 2015). */
    static final Map<String, String> REGION_OF_COUNTY = Map.ofEntries(
            Map.entry("01", "Stockholm"), Map.entry("09", "Stockholm"),
            Map.entry("03", "Mitt"), Map.entry("19", "Mitt"), Map.entry("21", "Mitt"),
            Map.entry("04", "Öst"), Map.entry("05", "Öst"), Map.entry("06", "Öst"),
            Map.entry("07", "Syd"), Map.entry("08", "Syd"), Map.entry("10", "Syd"), Map.entry("12", "Syd"),
            Map.entry("13", "Väst"), Map.entry("14", "Väst"),
            Map.entry("17", "Bergslagen"), Map.entry("18", "Bergslagen"), Map.entry("20", "Bergslagen"),
            Map.entry("22", "Nord"), Map.entry("23", "Nord"), Map.entry("24", "Nord"), Map.entry("25", "Nord"));

    static final String[] THEMES = {"narkotika", "störande trafik", "otrygghet i centrum", "skadegörelse",
            "inbrott i bostäder", "ungdomars trygghet", "våld i offentlig miljö", "klotter", "bedrägerier mot äldre",
            "nedskräpning och ordningsstörningar"};
    static final String[] CATEGORIES = {"Skadegörelse", "Klotter", "Stöld", "Inbrott", "Misshandel",
            "Ordningsstörning", "Trafikbrott", "Narkotikabrott", "Brand", "Nedskräpning"};
    static final String[] PLACES = {"Torget", "Stationsområdet", "Storgatan", "Badplatsen", "Skolgården",
            "Centrumparkeringen", "Hamnen", "Idrottsplatsen", "Busstationen", "Köpcentret"};
    static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Eva", "Johan", "Sara",
            "Anders", "Lena", "Mikael", "Emma", "Fredrik", "Ulla", "Jonas"};
    static final String[] LAST_NAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Berg"};

    public static void main(String[] args) throws IOException {
        double scale = Double.parseDouble(System.getenv().getOrDefault("SCALE", "1"));
        if (args.length >= 3 && args[0].equals("incidents")) {
            incidents(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
        if (args.length == 0 || !args[0].equals("organisations-and-promises")) {
            System.err.println("Usage: NationalDataSet organisations-and-promises [--spring options]"
                    + " | incidents DIR ROWS");
            System.exit(2);
        }
        var application = new SpringApplication(Lofte.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN", "server.address", "127.0.0.1",
                "server.port", "18099", "lofte.admin.password", "national-data-set-admin"));
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = application.run(rest)) {
            new Loader(context, scale).run();
        }
    }

    /** The 290 municipalities from the jar's reference file: SCB code, name and county code, in SCB order. */
    record Municipality(String code, String name, String county) {
    }

    static List<Municipality> referenceMunicipalities() throws IOException {
        List<Municipality> all = new ArrayList<>();
        try (var in = NationalDataSet.class.getResourceAsStream("/reference/municipalities.csv")) {
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].strip().split(",");
                if (f.length >= 3) {
                    all.add(new Municipality(f[0], f[1], f[2]));
                }
            }
        }
        return all;
    }

    // ---------------------------------------------------------------------------------------------- incidents

    /**
     * One CSV per county: id, category, time, position, place, municipality (its name, which the import
     * turns into the SCB code), description. A municipality's share of the rows follows a fixed,
     * skewed weight (the three cities ten times the rest), so that some pages are heavier than others.
     */
    static void incidents(Path dir, long rows) throws IOException {
        Files.createDirectories(dir);
        List<Municipality> municipalities = referenceMunicipalities();
        var weights = new SplittableRandom(290);
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        for (Municipality m : municipalities) {
            double w = 0.3 + weights.nextDouble() * 1.7;
            if (Set.of("0180", "1480", "1280").contains(m.code())) {
                w *= 10;
            }
            weight.put(m.code(), w);
            total += w;
        }
        Map<String, List<Municipality>> byCounty = new TreeMap<>(municipalities.stream()
                .collect(Collectors.groupingBy(Municipality::county)));
        LocalDateTime start = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0);
        int minutes = (int) java.time.Duration.between(start, LocalDateTime.of(LAST_YEAR, 11, 30, 0, 0)).toMinutes();
        long written = 0;
        for (var county : byCounty.entrySet()) {
            Path file = dir.resolve("incidents-" + county.getKey() + ".csv");
            Path part = dir.resolve("incidents-" + county.getKey() + ".csv.part");
            long countyRows = 0;
            try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                out.write("id,category,time,latitude,longitude,place,municipality,description\n");
                for (Municipality m : county.getValue()) {
                    long n = Math.round(rows * weight.get(m.code()) / total);
                    var random = new SplittableRandom(Long.parseLong(m.code()) * 7919L + 20260101L);
                    // A made-up centre per municipality inside Sweden's box; positions within ~10 km of it.
                    double lat = 55.4 + random.nextDouble() * 12.0;
                    double lon = 11.5 + random.nextDouble() * 11.5;
                    for (long i = 1; i <= n; i++) {
                        String place = PLACES[random.nextInt(PLACES.length)];
                        LocalDateTime time = start.plusMinutes(random.nextInt(minutes));
                        out.write(String.format(Locale.ROOT, "N%s-%d,%s,%04d-%02d-%02d %02d:%02d,%.6f,%.6f,%s,%s,"
                                        + "Rapporterat vid %s%n", m.code(), i, CATEGORIES[random.nextInt(CATEGORIES.length)],
                                time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                                time.getMinute(), lat + (random.nextDouble() - 0.5) * 0.18,
                                lon + (random.nextDouble() - 0.5) * 0.35, place, m.name(), place));
                    }
                    countyRows += n;
                }
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            written += countyRows;
            System.out.printf("%s: %d rows (%d of %d)%n", file, countyRows, written, rows);
        }
    }

    // ------------------------------------------------------------------------------ organisations and promises

    static final class Loader {

        private final Organisations organisations;
        private final PromiseManagement promises;
        private final PublishedPromises published;
        private final MeasureManagement measures;
        private final ProgressManagement progress;
        private final ProgressUpdates updates;
        private final JdbcClient jdbc;
        private final double scale;
        private final LocalDate today = LocalDate.now();

        Loader(ConfigurableApplicationContext context, double scale) {
            this.organisations = context.getBean(Organisations.class);
            this.promises = context.getBean(PromiseManagement.class);
            this.published = context.getBean(PublishedPromises.class);
            this.measures = context.getBean(MeasureManagement.class);
            this.progress = context.getBean(ProgressManagement.class);
            this.updates = context.getBean(ProgressUpdates.class);
            this.jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
            this.scale = scale;
        }

        void run() throws IOException {
            long started = System.nanoTime();
            Map<OrganisationId, Organisation> police = policeAreas();
            System.out.printf("Police: %d local police areas cover the 290 municipalities (%.0f s)%n",
                    organisations.all(OrganisationKind.LOCAL_POLICE_AREA).size(), (System.nanoTime() - started) / 1e9);
            List<Organisation> chosen = chosenMunicipalities();
            List<MeasureKind> kinds = measures.offeredKinds();
            int done = 0;
            int made = 0;
            int total = chosen.size() * (LAST_YEAR - FIRST_YEAR + 1);
            for (Organisation municipality : chosen) {
                Set<Integer> years = published.ofParty(municipality.id()).stream()
                        .map(r -> r.content().startYear()).collect(Collectors.toSet());
                Organisation lpo = police.get(municipality.id());
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    done++;
                    if (years.contains(year)) {
                        continue;
                    }
                    if (promise(municipality, lpo, year, kinds)) {
                        made++;
                    }
                    if (made > 0 && made % 50 == 0) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        System.out.printf("Promises: %d of %d done, %d made in this run (%.0f s, %.1f promises/s)%n",
                                done, total, made, seconds, made / seconds);
                    }
                }
            }
            waitForListeners();
            System.out.printf("Promises: %d of %d done, %d made in this run, %.0f s in all%n", done, total, made,
                    (System.nanoTime() - started) / 1e9);
        }

        /**
         * A police area per county and local police areas of up to three neighbouring municipalities (in SCB
         * order), under the county's police region; LPO Östra Fyrbodal of the reference data keeps its four.
         * Returns the local police area covering each municipality.
         */
        Map<OrganisationId, Organisation> policeAreas() throws IOException {
            Map<String, Organisation> byName = new HashMap<>();
            for (OrganisationKind kind : List.of(OrganisationKind.POLICE_REGION, OrganisationKind.POLICE_AREA,
                    OrganisationKind.LOCAL_POLICE_AREA)) {
                organisations.all(kind).forEach(o -> byName.put(o.name(), o));
            }
            Map<String, Organisation> municipalityByCode = organisations.all(OrganisationKind.MUNICIPALITY).stream()
                    .collect(Collectors.toMap(Organisation::scbCode, o -> o));
            Map<OrganisationId, List<Organisation>> covering = organisations.coveringLocalPoliceAreasByMunicipality();
            Map<String, List<Municipality>> byCounty = new TreeMap<>(referenceMunicipalities().stream()
                    .collect(Collectors.groupingBy(Municipality::county)));
            Set<String> slugs = new HashSet<>();
            byName.values().stream().filter(o -> o.kind() == OrganisationKind.LOCAL_POLICE_AREA)
                    .forEach(o -> slugs.add(folded(o.name())));
            for (var county : byCounty.entrySet()) {
                String countyName = municipalityByCode.get(county.getValue().getFirst().code()).countyName();
                String areaName = "Polisområde " + countyName.replace("s län", "").replace(" län", "");
                Organisation region = byName.get("Polisregion " + REGION_OF_COUNTY.get(county.getKey()));
                Organisation area = byName.get(areaName);
                if (area == null) {
                    area = organisations.find(organisations.add(OrganisationKind.POLICE_AREA, areaName,
                            region.id())).orElseThrow();
                    byName.put(areaName, area);
                }
                List<Organisation> uncovered = county.getValue().stream().map(m -> municipalityByCode.get(m.code()))
                        .filter(m -> covering.getOrDefault(m.id(), List.of()).isEmpty()).toList();
                for (int i = 0; i < uncovered.size(); i += 3) {
                    List<Organisation> group = uncovered.subList(i, Math.min(i + 3, uncovered.size()));
                    String name = "LPO " + group.getFirst().shortName();
                    // Håbo and Habo fold to one slug, which must be unique: the second names its county too.
                    if (!byName.containsKey(name) && !slugs.add(folded(name))) {
                        name = name + " (" + countyName + ")";
                    }
                    slugs.add(folded(name));
                    Organisation lpo = byName.get(name);
                    if (lpo == null) {
                        lpo = organisations.find(organisations.add(OrganisationKind.LOCAL_POLICE_AREA, name,
                                area.id())).orElseThrow();
                        byName.put(name, lpo);
                    }
                    organisations.setCoverage(lpo.id(), group.stream().map(Organisation::id)
                            .collect(Collectors.toCollection(LinkedHashSet::new)));
                }
            }
            Map<OrganisationId, Organisation> result = new HashMap<>();
            organisations.coveringLocalPoliceAreasByMunicipality()
                    .forEach((municipality, lpos) -> result.put(municipality, lpos.getFirst()));
            return result;
        }

        /** All 290 at SCALE 1; fewer, evenly spread in SCB order, at a smaller scale; Bengtsfors always. */
        List<Organisation> chosenMunicipalities() {
            List<Organisation> all = organisations.all(OrganisationKind.MUNICIPALITY).stream()
                    .sorted(Comparator.comparing(Organisation::scbCode)).toList();
            int wanted = (int) Math.max(1, Math.min(all.size(), Math.round(all.size() * scale)));
            List<Organisation> chosen = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < wanted; i++) {
                Organisation m = all.get((int) ((long) i * all.size() / wanted));
                if (codes.add(m.scbCode())) {
                    chosen.add(m);
                }
            }
            all.stream().filter(m -> m.scbCode().equals("1460") && codes.add(m.scbCode())).forEach(chosen::add);
            return chosen;
        }

        /** One promise with its measures and updates; false when it could not be made (a draft in the way). */
        boolean promise(Organisation municipality, Organisation lpo, int year, List<MeasureKind> kinds) {
            var random = new SplittableRandom(Long.parseLong(municipality.scbCode()) * 10_000L + year);
            var staff = new StaffMember("national-data", "Nationell testdata", false, Set.of(
                    new Membership(lpo.id(), Role.EDITOR), new Membership(lpo.id(), Role.SIGNATORY),
                    new Membership(municipality.id(), Role.EDITOR), new Membership(municipality.id(), Role.SIGNATORY)));
            var parties = promises.parties(List.of(lpo.id(), municipality.id()));
            var content = content(parties, municipality, year, random);
            var saved = promises.create(content, staff);
            if (!saved.saved()) {
                System.out.printf("%s %d: not made: %s%n", municipality.shortName(), year, saved.problems());
                return false;
            }
            PromiseId id = saved.id();
            promises.sign(id, lpo.id(), staff);
            promises.sign(id, municipality.id(), staff);
            promises.publish(id, staff, random(random, FIRST_NAMES) + " " + random(random, LAST_NAMES));
            var problems = progress.chooseIndicator(id, "g1", "measure-output", Map.of("unit", "kontroller"), staff);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Indicator refused: " + problems);
            }
            LocalDate last = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
            int days = last.getDayOfYear();
            for (int i = 0; i < MEASURES_PER_PROMISE; i++) {
                String commitment = "c" + (1 + i % 3);
                // Each commitment's measures by a party responsible for it: c1 both, c2 the municipality, c3 the police.
                boolean byPolice = commitment.equals("c3") || (commitment.equals("c1") && i % 2 == 0);
                LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
                var input = new MeasureInput(List.of(commitment), day, null, null,
                        byPolice ? lpo.id() : municipality.id(), kinds.get(random.nextInt(kinds.size())).code(),
                        List.of(new MeasureInput.OutputLine(Integer.toString(1 + random.nextInt(12)), "kontroller")),
                        (byPolice ? "Polisen" : "Kommunen") + " genomförde en insats vid "
                                + random(random, PLACES).toLowerCase(Locale.ROOT) + ".",
                        null, false, List.of(), List.of());
                var measure = measures.log(id, input, staff);
                if (!measure.problems().isEmpty()) {
                    throw new IllegalStateException("Measure refused: " + measure.problems());
                }
            }
            for (int i = 0; i < UPDATES_PER_PROMISE; i++) {
                var written = updates.write(id, new UpdateText(i == 2 && random.nextInt(4) == 0 ? UpdateKind.NOT_DONE
                                : UpdateKind.PROGRESS, "Lägesrapport " + (i + 1) + " för " + year,
                        "Arbetet med " + THEMES[random.nextInt(THEMES.length)] + " fortsätter. Polisen och kommunen"
                                + " har träffats och gått igenom läget vid " + random(random, PLACES).toLowerCase(Locale.ROOT)
                                + ".", List.of("c" + (1 + i % 3)), i % 2 == 0 ? lpo.id() : municipality.id()), staff);
                if (!written.saved()) {
                    throw new IllegalStateException("Update refused: " + written.problems());
                }
                updates.publish(written.id(), staff);
            }
            return true;
        }

        static PromiseContent content(List<PromiseContent.Party> parties, Organisation municipality, int year,
                                      SplittableRandom random) {
            var police = parties.get(0).id();
            var town = parties.get(1).id();
            var both = List.of(police, town);
            String first = THEMES[random.nextInt(THEMES.length)];
            String second = THEMES[(java.util.Arrays.asList(THEMES).indexOf(first) + 1 + random.nextInt(THEMES.length - 1))
                    % THEMES.length];
            String where = municipality.shortName();
            int controls = 10 + random.nextInt(31);
            int walks = 2 + random.nextInt(5);
            LocalDate end = LocalDate.of(year, 12, 31);
            return new PromiseContent(parties, LocalDate.of(year, 1, 1), end, "Medborgarlöfte för " + year,
                    "Under " + year + " lovar polisen och " + where + " kommun att arbeta mot " + first + " och "
                            + second + ". Det fastställs i det medborgarlöfte som polisen och kommunen tecknat.",
                    "Polisen och kommunen har gemensamt analyserat lägesbilden i " + where + ". Medborgardialoger och"
                            + " trygghetsmätningen visar att " + first + " och " + second + " oroar många invånare.",
                    List.of(new PromiseContent.Commitment("c1", "Minska " + first,
                                    "Polisen och kommunen ska gemensamt arbeta mot " + first + " där problemen är störst.",
                                    both, List.of()),
                            new PromiseContent.Commitment("c2", "Arbeta mot " + second,
                                    "Kommunen ska tillsammans med föreningslivet och skolan arbeta förebyggande mot "
                                            + second + ".", List.of(town), List.of()),
                            new PromiseContent.Commitment("c3", "Synlig polis på utsatta platser",
                                    "Polisen ska vara synlig på de platser som invånarna pekat ut i dialogerna.",
                                    List.of(police), List.of())),
                    List.of(new PromiseContent.Goal("g1", police, "Polisen ska genomföra minst " + controls
                                    + " kontroller på utsatta platser.",
                                    new PromiseContent.NumericTarget("Genomförda kontroller", "kontroller", BigDecimal.ZERO,
                                            BigDecimal.valueOf(controls), PromiseContent.Direction.INCREASE, end)),
                            new PromiseContent.Goal("g2", town, "Kommunen ska genomföra minst " + walks
                                    + " trygghetsvandringar.",
                                    new PromiseContent.NumericTarget("Trygghetsvandringar", "trygghetsvandringar",
                                            BigDecimal.ZERO, BigDecimal.valueOf(walks), PromiseContent.Direction.INCREASE,
                                            end)),
                            new PromiseContent.Goal("g3", null, "Fler invånare ska känna sig trygga i " + where + ".",
                                    null)),
                    List.of(), List.of(),
                    new PromiseContent.FollowUpPlan("Två gånger om året", "Kommunen och polisen gemensamt"),
                    "Resultatet redovisas på kommunens och polisens webbplatser och i sociala medier.",
                    List.of(new PromiseContent.Signatory(random(random, FIRST_NAMES) + " " + random(random, LAST_NAMES),
                                    "lokalpolisområdeschef", police),
                            new PromiseContent.Signatory(random(random, FIRST_NAMES) + " " + random(random, LAST_NAMES),
                                    "kommunstyrelsens ordförande", town)),
                    null);
        }

        /**
         * Waits until the modules' listeners (feeds, news, progress) have handled every event the load
         * published, so that the application does not stop halfway through them.
         */
        void waitForListeners() {
            for (int i = 0; i < 600; i++) {
                long open;
                try {
                    open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                            .query(Long.class).single();
                } catch (RuntimeException e) {
                    return;
                }
                if (open == 0) {
                    return;
                }
                if (i % 10 == 0) {
                    System.out.printf("Waiting for %d events to be handled%n", open);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static String random(SplittableRandom random, String[] words) {
            return words[random.nextInt(words.length)];
        }

        private static String folded(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
        }
    }

    private static String random(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
