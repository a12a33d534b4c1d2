package se.lofte.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How answers become result tables: per question and column (all answers, then each district) the share of each
 * answer among those who answered the question, with its 95 % Wilson score interval, which stays inside 0–100 % and
 * holds for the small groups of a district.
 * <p>
 * Suppression, so that no cell points at a household: a count from 1 to {@code minimum − 1} is not shown (zero may
 * show: it says nothing about anyone); a column where fewer than the minimum answered the question shows nothing.
 * Where exactly one cell of a single-answer question is hidden, the total less the others would give it away, so the
 * smallest other non-zero cell is hidden too. The change from the previous year is shown only where both years show
 * the cell.
 */
final class ResultCounting {

    /** The 97.5th percentile of the standard normal distribution. */
    static final double Z = 1.959964;
    /** The row of a map question for a pin in the municipality but in none of its districts. */
    static final String ELSEWHERE_SV = "Annan del av kommunen";
    static final String ELSEWHERE_EN = "Elsewhere in the municipality";

    /** One chosen option: for multiple choice several rows per response, "vet ej" as {@link AnswerRows#DONT_KNOW}. */
    record Chosen(long response, QuestionId question, int position) {
    }

    private ResultCounting() {
    }

    /**
     * @param responses each response's district (null when the resident did not say)
     * @param previous  last year's shown overall shares by template key and option position ({@link #key})
     */
    static List<QuestionResult> count(List<Question> questions, List<District> districts, Map<Long, Long> responses,
                                      List<Chosen> chosen, Map<String, Double> previous, int minimum) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question stored : questions) {
            if (!stored.kind().hasOptions() && stored.kind() != QuestionKind.MAP_POINT) {
                continue;
            }
            Question question = stored.kind() == QuestionKind.MAP_POINT ? withDistricts(stored, districts) : stored;
            List<Chosen> mine = chosen.stream().filter(c -> c.question().equals(question.id())).toList();
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i <= question.options().size(); i++) {
                positions.add(i);
            }
            if (question.kind().scale()) {
                positions.add(AnswerRows.DONT_KNOW);
            }
            // Columns: null is "all", then each district's id.
            List<Long> columns = new ArrayList<>();
            columns.add(null);
            districts.forEach(d -> columns.add(d.id()));
            List<Long> answered = new ArrayList<>();
            List<List<Cell>> byColumn = new ArrayList<>();
            for (Long column : columns) {
                List<Chosen> inColumn = mine.stream()
                        .filter(c -> column == null || column.equals(responses.get(c.response()))).toList();
                Set<Long> respondents = new HashSet<>();
                inColumn.forEach(c -> respondents.add(c.response()));
                long n = respondents.size();
                List<Long> counts = positions.stream()
                        .map(p -> inColumn.stream().filter(c -> c.position() == p).count()).toList();
                boolean columnHidden = n > 0 && n < minimum;
                answered.add(columnHidden ? null : n);
                byColumn.add(cells(counts, n, columnHidden, question.kind() != QuestionKind.MULTIPLE_CHOICE, minimum));
            }
            List<ResultRow> rows = new ArrayList<>();
            for (int r = 0; r < positions.size(); r++) {
                int position = positions.get(r);
                List<Cell> cells = new ArrayList<>();
                for (List<Cell> column : byColumn) {
                    cells.add(column.get(r));
                }
                Double change = null;
                Double before = question.templateKey() == null ? null : previous.get(key(question.templateKey(), position));
                if (before != null && !cells.getFirst().suppressed()) {
                    change = (cells.getFirst().share() - before) * 100;
                }
                String sv = position == AnswerRows.DONT_KNOW ? "Vet ej" : question.options().get(position - 1).textSv();
                String en = position == AnswerRows.DONT_KNOW ? "Don't know" : question.options().get(position - 1).textEn();
                rows.add(new ResultRow(sv, en, cells, change));
            }
            results.add(new QuestionResult(question, answered, rows));
        }
        return results;
    }

    /**
     * A map question counted as a single choice of the district that holds the pin: one option per district, by the
     * order of the columns, and a last one for a pin in the municipality but in none of them.
     */
    static Question withDistricts(Question question, List<District> districts) {
        List<QuestionOption> options = new ArrayList<>();
        districts.forEach(d -> options.add(new QuestionOption(d.name(), d.name())));
        options.add(new QuestionOption(ELSEWHERE_SV, ELSEWHERE_EN));
        return new Question(question.id(), question.position(), question.kind(), question.templateKey(),
                question.textSv(), question.textEn(), options);
    }

    /** The answers to map questions as the options of {@link #withDistricts}. */
    static List<Chosen> placed(List<AnswerRows.Placed> placed, List<District> districts) {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            positions.put(districts.get(i).id(), i + 1);
        }
        int elsewhere = districts.size() + 1;
        return placed.stream().map(p -> new Chosen(p.response(), p.question(),
                p.district() == null ? elsewhere : positions.getOrDefault(p.district(), elsewhere))).toList();
    }

    /** The key of a template question's option between years. */
    static String key(String templateKey, int position) {
        return templateKey + "#" + position;
    }

    static List<Cell> cells(List<Long> counts, long n, boolean columnHidden, boolean complementary,
                                    int minimum) {
        Set<Integer> hidden = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            if (columnHidden || (counts.get(i) > 0 && counts.get(i) < minimum)) {
                hidden.add(i);
            }
        }
        if (complementary && !columnHidden && hidden.size() == 1) {
            int only = hidden.iterator().next();
            java.util.stream.IntStream.range(0, counts.size()).boxed()
                    .filter(i -> i != only && counts.get(i) > 0)
                    .min(Comparator.comparing(counts::get)).ifPresent(hidden::add);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(hidden.contains(i) ? Cell.SUPPRESSED : cell(counts.get(i), n));
        }
        return cells;
    }

    static Cell cell(long count, long n) {
        if (n == 0) {
            return new Cell(count, null, null, null);
        }
        double p = (double) count / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Cell(count, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Last year's shown overall shares of template questions, by {@link #key}. */
    static Map<String, Double> overallShares(List<QuestionResult> results) {
        Map<String, Double> shares = new HashMap<>();
        for (QuestionResult result : results) {
            String templateKey = result.question().templateKey();
            if (templateKey == null) {
                continue;
            }
            List<ResultRow> rows = result.rows();
            for (int r = 0; r < rows.size(); r++) {
                Cell overall = rows.get(r).cells().getFirst();
                int position = r < result.question().options().size() ? r + 1 : AnswerRows.DONT_KNOW;
                if (!overall.suppressed() && overall.share() != null) {
                    shares.put(key(templateKey, position), overall.share());
                }
            }
        }
        return shares;
    }
}
