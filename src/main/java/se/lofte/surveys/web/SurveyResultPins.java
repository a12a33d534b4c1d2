package se.lofte.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.organisations.Organisation;
import se.lofte.shared.Typed;
import se.lofte.shared.Ui;
import se.lofte.situation.LagesbildPin;
import se.lofte.situation.PinContent;
import se.lofte.situation.PinKind;
import se.lofte.situation.PinRenderer;
import se.lofte.surveys.PublishedSurveys;
import se.lofte.surveys.QuestionResult;
import se.lofte.surveys.ResultRow;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyResult;
import se.lofte.surveys.SurveyResults;

/**
 * A safety survey question pinned in a lägesbild, drawn as the public results page draws it: the share of each
 * answer with its interval, overall and by district, and the change from the year before where there is one, with
 * the same small cells suppressed. Staff and the public see it only while the results are published; otherwise the
 * pin says they are not.
 */
@Component
class SurveyResultPins implements PinRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SurveyResults results;

    SurveyResultPins(SurveyResults results) {
        this.results = results;
    }

    @Override
    public PinKind kind() {
        return PinKind.SURVEY_RESULT;
    }

    @Override
    public PinContent render(LagesbildPin pin, Organisation municipality, Ui ui) {
        Map<?, ?> query = query(pin);
        Long survey = number(query.get(SurveyResults.PIN_SURVEY));
        Long question = number(query.get(SurveyResults.PIN_QUESTION));
        if (survey == null || question == null) {
            return new PinContent.Withheld(ui.t("surveys.pin.gone"));
        }
        Optional<SurveyResult> published = results.published(new SurveyId(survey))
                .filter(r -> r.survey().municipality().equals(municipality.id()));
        if (published.isEmpty()) {
            return new PinContent.Withheld(ui.t("surveys.pin.notPublished"));
        }
        SurveyResult result = published.get();
        return result.questions().stream().filter(q -> q.question().id().value() == question).findFirst()
                .<PinContent>map(q -> table(result, q, municipality, ui))
                .orElseGet(() -> new PinContent.Withheld(ui.t("surveys.pin.gone")));
    }

    private static PinContent.Table table(SurveyResult result, QuestionResult q, Organisation municipality, Ui ui) {
        boolean en = ui.english();
        int min = result.minimumCell();
        List<String> columns = new ArrayList<>();
        columns.add(ui.t("surveys.results.answer"));
        columns.add(ui.t("surveys.results.all") + " (n = " + ResultFormat.answered(q.answered().getFirst(), min, ui) + ")");
        for (int d = 0; d < result.districts().size(); d++) {
            columns.add(result.districts().get(d).name() + " (n = "
                    + ResultFormat.answered(q.answered().get(d + 1), min, ui) + ")");
        }
        boolean compared = result.previousYear() != null;
        if (compared) {
            columns.add(ui.t("surveys.results.change", result.previousYear()));
        }
        List<PinContent.Row> rows = new ArrayList<>();
        for (ResultRow row : q.rows()) {
            List<String> cells = new ArrayList<>(row.cells().stream().map(c -> ResultFormat.cell(c, min, ui)).toList());
            if (compared) {
                cells.add(ResultFormat.change(row.change(), ui));
            }
            rows.add(new PinContent.Row(row.label(en), cells));
        }
        int year = result.survey().year();
        String caption = ui.t("surveys.pin.caption", q.question().text(en), year);
        return new PinContent.Table(caption, columns, rows,
                List.of(ui.t("surveys.results.lead", result.responses(), min)),
                PublishedSurveys.address(municipality.slug(), year), ui.t("surveys.pin.link", year),
                drawing(q, caption, min, ui));
    }

    /** The shares of all who answered, one bar per answer; a hidden cell has no bar, only its words. */
    private static PinContent.Drawing drawing(QuestionResult q, String caption, int min, Ui ui) {
        boolean en = ui.english();
        List<PinContent.Bar> bars = q.rows().stream().map(row -> {
            var cell = row.cells().getFirst();
            String shown = ResultFormat.cell(cell, min, ui);
            return cell.suppressed() || cell.share() == null ? new PinContent.Bar(row.label(en), null, null, null, shown)
                    : new PinContent.Bar(row.label(en), cell.share(), cell.low(), cell.high(), shown);
        }).toList();
        String each = bars.stream().map(b -> b.label() + ": " + b.shown()).collect(Collectors.joining("; "));
        return new PinContent.Drawing(caption, ui.t("surveys.pin.chartDesc", each), bars);
    }

    private static Map<?, ?> query(LagesbildPin pin) {
        try {
            return JSON.readValue(pin.queryJson(), Map.class);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static Long number(Object stored) {
        return stored == null ? null : Typed.wholeNumber(stored.toString());
    }
}
