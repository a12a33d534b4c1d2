package se.lofte.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.shared.ClientAddress;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;
import se.lofte.surveys.AnswerForm;
import se.lofte.surveys.AnsweredSurvey;
import se.lofte.surveys.QuestionId;
import se.lofte.surveys.SurveyAnswers;

/**
 * A survey as residents answer it at its link: one page of plain form fields that works without JavaScript, in
 * Swedish or English. Sent answers redirect to a thank-you page, so reloading never sends them twice; refused ones
 * come back with status 422, the messages at their questions and everything typed in place. A map question is a
 * district choice that a small script turns into a map to put a pin on ({@code /js/survey-map.js}).
 */
@Controller
class AnswerPages {

    private static final String TOO_MANY = "surveys.answer.tooMany";

    private final SurveyAnswers answers;
    private final MapTiles tiles;

    AnswerPages(SurveyAnswers answers, LofteProperties properties) {
        this.answers = answers;
        this.tiles = properties.map().tiles();
    }

    @GetMapping("/enkat/{token}")
    ModelAndView survey(@PathVariable String token) {
        return page(answers.survey(token), new AnswerForm(null, Map.of()), FieldErrors.none(), null);
    }

    @PostMapping("/enkat/{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> sent,
                        @ModelAttribute("ui") Ui ui, HttpServletRequest request) {
        Map<QuestionId, List<String>> values = new LinkedHashMap<>();
        Map<QuestionId, AnswerForm.Point> points = new LinkedHashMap<>();
        sent.forEach((name, list) -> {
            if (name.matches("q\\d{1,18}")) {
                values.put(new QuestionId(Long.parseLong(name.substring(1))), List.copyOf(list));
            } else if (name.matches("q\\d{1,18}-lat")) {
                String question = name.substring(1, name.length() - "-lat".length());
                points.put(new QuestionId(Long.parseLong(question)), new AnswerForm.Point(list.getFirst(),
                        sent.getFirst("q" + question + "-lon")));
            }
        });
        var form = new AnswerForm(sent.getFirst("kod"), values, points);
        List<Problem> problems = answers.submit(token, form, ClientAddress.of(request.getRemoteAddr()));
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:/enkat/" + token + "/tack");
        }
        Problem whole = problems.stream().filter(p -> "survey".equals(p.field())).findFirst().orElse(null);
        var page = page(answers.survey(token), form, FieldErrors.of(problems.stream()
                .filter(p -> !"survey".equals(p.field())).toList(), ui), whole);
        page.setStatus(whole != null && TOO_MANY.equals(whole.code()) ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @GetMapping("/enkat/{token}/tack")
    ModelAndView thanks(@PathVariable String token) {
        return new ModelAndView("surveys/thanks", Map.of("survey", answers.survey(token).survey()));
    }

    private ModelAndView page(AnsweredSurvey survey, AnswerForm form, FieldErrors errors, Problem whole) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tiles", tiles);
        model.put("answered", survey);
        model.put("form", form);
        model.put("errors", errors);
        if (whole != null) {
            model.put("whole", whole);
        }
        return new ModelAndView("surveys/answer", model);
    }
}
