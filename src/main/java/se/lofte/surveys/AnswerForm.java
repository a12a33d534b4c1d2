package se.lofte.surveys;

import java.util.List;
import java.util.Map;

import se.lofte.shared.Typed;

/**
 * A filled-in survey as sent: the one-time code typed (null when the survey takes none), the values of each
 * question by its id, as the form's fields sent them (a question left out has no entry), and the point put on the map
 * of a map question, as typed into its two fields.
 */
public record AnswerForm(String code, Map<QuestionId, List<String>> values, Map<QuestionId, Point> points) {

    /** A map pin as sent: latitude and longitude in WGS84 degrees, as text (a decimal comma is read too). */
    public record Point(String latitude, String longitude) {

        public Point {
            latitude = Typed.text(latitude);
            longitude = Typed.text(longitude);
        }

        boolean given() {
            return !latitude.isEmpty() || !longitude.isEmpty();
        }
    }

    public AnswerForm {
        values = Map.copyOf(values);
        points = Map.copyOf(points);
    }

    public AnswerForm(String code, Map<QuestionId, List<String>> values) {
        this(code, values, Map.of());
    }

    public List<String> of(Question question) {
        return values.getOrDefault(question.id(), List.of());
    }

    /** The one value of a question, or empty. */
    public String single(Question question) {
        return of(question).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    /** The pin of a map question, or an empty one. */
    public Point point(Question question) {
        return points.getOrDefault(question.id(), new Point("", ""));
    }

    /** Whether the question has an answer: a value, or a pin on the map. */
    boolean answered(Question question) {
        return !single(question).isEmpty() || point(question).given();
    }
}
