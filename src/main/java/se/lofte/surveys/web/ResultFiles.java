package se.lofte.surveys.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lofte.shared.SpreadsheetCells;
import se.lofte.surveys.Cell;
import se.lofte.surveys.District;
import se.lofte.surveys.ExternalResult;
import se.lofte.surveys.QuestionResult;
import se.lofte.surveys.ResultRow;
import se.lofte.surveys.SurveyResult;

/**
 * A survey's results as files: CSV for a spreadsheet (semicolons and decimal commas, as Excel with Swedish settings
 * reads them; one line per question, answer and column) and JSON for programs. Both hold the same suppressed cells
 * as the pages: a hidden cell has no count, share or interval, only {@code suppressed}.
 */
final class ResultFiles {

    private static final Locale SWEDISH = Locale.of("sv");

    private ResultFiles() {
    }

    /** The survey's rows, then the other sources' (each row names its source in the last column). */
    static String csv(SurveyResult result, List<ExternalResult> external) {
        var out = new StringBuilder("\uFEFF");
        out.append("år;kommun;fråga;mallfråga;svar;område;antal;andel_procent;lägre_procent;övre_procent;"
                + "dold;svarande;förändring_procentenheter;källa\r\n");
        for (QuestionResult q : result.questions()) {
            for (ResultRow row : q.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    String area = c == 0 ? "Alla" : result.districts().get(c - 1).name();
                    Long n = q.answered().get(c);
                    List<String> cells = List.of(Integer.toString(result.survey().year()),
                            text(result.survey().municipalityName()), text(q.question().textSv()),
                            q.question().templateKey() == null ? "" : q.question().templateKey(), text(row.labelSv()),
                            text(area), cell.suppressed() ? "" : Long.toString(cell.count()), percent(cell.share()),
                            percent(cell.low()), percent(cell.high()), cell.suppressed() ? "ja" : "nej",
                            n == null ? "" : Long.toString(n), c == 0 ? decimal(row.change()) : "",
                            text(result.survey().titleSv()));
                    out.append(String.join(";", cells)).append("\r\n");
                }
            }
        }
        for (ExternalResult source : external) {
            for (ExternalResult.Question q : source.questions()) {
                for (ExternalResult.Group group : q.groups()) {
                    for (ExternalResult.Option option : group.options()) {
                        Cell cell = option.cell();
                        List<String> cells = List.of(Integer.toString(source.year()),
                                text(result.survey().municipalityName()), text(q.text()),
                                q.templateKey() == null ? "" : q.templateKey(), text(option.text()),
                                text(group.area() == null ? "Hela kommunen" : group.area()),
                                cell.suppressed() ? "" : Long.toString(cell.count()), percent(cell.share()),
                                percent(cell.low()), percent(cell.high()), cell.suppressed() ? "ja" : "nej",
                                group.answered() == null ? "" : Long.toString(group.answered()), "",
                                text(source.source()));
                        out.append(String.join(";", cells)).append("\r\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /** The published results for programs; the survey's link is left out, since letters carry it. */
    record ResultJson(String municipality, int year, String titleSv, String titleEn, long responses, int minimumCell,
                      Integer previousYear, List<String> districts, List<QuestionJson> questions,
                      List<ExternalJson> external) {
    }

    /** Another source's results of the year, suppressed as the survey's; {@code area} null is the whole municipality. */
    record ExternalJson(String source, int year, List<ExternalQuestionJson> questions) {
    }

    record ExternalQuestionJson(String text, String templateKey, List<ExternalAreaJson> areas) {
    }

    record ExternalAreaJson(String area, Long answered, List<ExternalOptionJson> options) {
    }

    record ExternalOptionJson(String option, Long count, Double share, Double low, Double high, boolean suppressed) {
    }

    record QuestionJson(int position, String kind, String templateKey, String textSv, String textEn,
                        List<Long> answered, List<RowJson> answers) {
    }

    record RowJson(String labelSv, String labelEn, List<CellJson> cells, Double changePoints) {
    }

    record CellJson(Long count, Double share, Double low, Double high, boolean suppressed) {
    }

    static ResultJson json(SurveyResult result, List<ExternalResult> external) {
        List<QuestionJson> questions = new ArrayList<>();
        for (QuestionResult q : result.questions()) {
            questions.add(new QuestionJson(q.question().position(), q.question().kind().name(),
                    q.question().templateKey(), q.question().textSv(), q.question().textEn(), q.answered(),
                    q.rows().stream().map(r -> new RowJson(r.labelSv(), r.labelEn(), r.cells().stream()
                            .map(c -> new CellJson(c.count(), c.share(), c.low(), c.high(), c.suppressed())).toList(),
                            r.change())).toList()));
        }
        var survey = result.survey();
        return new ResultJson(survey.municipalityName(), survey.year(), survey.titleSv(), survey.titleEn(),
                result.responses(), result.minimumCell(), result.previousYear(),
                result.districts().stream().map(District::name).toList(), questions,
                external.stream().map(ResultFiles::json).toList());
    }

    private static ExternalJson json(ExternalResult source) {
        return new ExternalJson(source.source(), source.year(), source.questions().stream()
                .map(q -> new ExternalQuestionJson(q.text(), q.templateKey(), q.groups().stream()
                        .map(g -> new ExternalAreaJson(g.area(), g.answered(), g.options().stream()
                                .map(o -> new ExternalOptionJson(o.text(), o.cell().count(), o.cell().share(),
                                        o.cell().low(), o.cell().high(), o.cell().suppressed())).toList()))
                        .toList()))
                .toList());
    }

    private static String text(String text) {
        String cell = SpreadsheetCells.text(text);
        return cell.contains(";") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String percent(Double share) {
        return share == null ? "" : decimal(share * 100);
    }

    private static String decimal(Double value) {
        if (value == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        // The minus sign a spreadsheet reads as one: Swedish formatting writes U+2212.
        return format.format(value).replace('\u2212', '-');
    }
}
