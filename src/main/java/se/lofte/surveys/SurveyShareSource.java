package se.lofte.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.places.Places;
import se.lofte.progress.GoalContext;
import se.lofte.progress.IndicatorParameter;
import se.lofte.progress.IndicatorReading;
import se.lofte.progress.IndicatorSource;
import se.lofte.progress.ProgressPoint;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Numbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * A goal measured from the municipality's safety survey: the share in per cent of those who answered a template
 * question (followed by its key across years) with some of its options, overall or in one district ("andelen som
 * känner sig ganska eller mycket otrygga sent en kväll"). One value for each year from the year before the promise
 * (its baseline) up to the day read, from that year's published results only, dated the last day the survey was
 * answered. A year whose counted cells are suppressed gives no value, and the words say so: the number would point at
 * a few households.
 */
@Component
class SurveyShareSource implements IndicatorSource {

    static final String KIND = "survey-share";
    static final String QUESTION = "question";
    static final String OPTIONS = "options";
    static final String DISTRICT = "district";
    private static final Locale SWEDISH = Locale.of("sv");

    private final SurveyRows surveys;
    private final SurveyShares shares;
    private final Places places;
    private final MessageSource messages;

    SurveyShareSource(SurveyRows surveys, SurveyShares shares, Places places, MessageSource messages) {
        this.surveys = surveys;
        this.shares = shares;
        this.places = places;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String nameSv() {
        return "Andel svar i trygghetsundersökningen";
    }

    @Override
    public String nameEn() {
        return "Share of answers in the safety survey";
    }

    @Override
    public List<IndicatorParameter> parameters(GoalContext goal) {
        return parameters(goal, Map.of());
    }

    /** The options are numbered under the field from the chosen question, as its latest survey words them. */
    @Override
    public List<IndicatorParameter> parameters(GoalContext goal, Map<String, String> values) {
        Optional<OrganisationId> municipality = municipality(goal.content());
        List<Question> questions = municipality.map(surveys::latestTemplateQuestions).orElse(List.of());
        List<IndicatorParameter.Choice> questionChoices = questions.stream()
                .map(q -> new IndicatorParameter.Choice(q.templateKey(), q.textSv(), q.textEn())).toList();
        List<IndicatorParameter.Choice> districts = municipality.map(m -> districts(m).stream()
                .map(a -> new IndicatorParameter.Choice(Long.toString(a.id()), a.name(), a.name())).toList())
                .orElse(List.of());
        Optional<Question> chosen = questions.stream()
                .filter(q -> q.templateKey().equals(values.get(QUESTION))).findFirst();
        String hintSv = chosen.map(q -> messages.getMessage("surveys.goal.optionsHint",
                new Object[]{numbered(q, false)}, SWEDISH))
                .orElseGet(() -> messages.getMessage("surveys.goal.optionsHintNone", null, SWEDISH));
        String hintEn = chosen.map(q -> messages.getMessage("surveys.goal.optionsHint",
                new Object[]{numbered(q, true)}, Locale.ENGLISH))
                .orElseGet(() -> messages.getMessage("surveys.goal.optionsHintNone", null, Locale.ENGLISH));
        var options = IndicatorParameter.text(OPTIONS, "Svarsalternativ som räknas, med nummer (till exempel 3, 4)",
                "Options counted, by number (for example 3, 4)", true).suggesting(List.of(), hintSv, hintEn);
        return List.of(
                IndicatorParameter.choice(QUESTION, "Fråga i kommunens trygghetsundersökning",
                        "Question of the municipality's safety survey", true, questionChoices),
                options,
                IndicatorParameter.choice(DISTRICT, "Område (tomt: alla svarande)", "District (empty: everyone who answered)",
                        false, districts));
    }

    @Override
    public List<Problem> validate(Map<String, String> values, GoalContext goal) {
        Optional<OrganisationId> municipality = municipality(goal.content());
        if (municipality.isEmpty()) {
            return List.of(Problem.of(QUESTION, "surveys.goal.noMunicipality"));
        }
        List<Problem> problems = new ArrayList<>();
        String key = values.get(QUESTION);
        Optional<Question> question = key == null ? Optional.empty()
                : surveys.latestTemplateQuestions(municipality.get()).stream()
                .filter(q -> q.templateKey().equals(key)).findFirst();
        if (key == null) {
            problems.add(Problem.of(QUESTION, "surveys.goal.questionRequired"));
        } else if (question.isEmpty()) {
            problems.add(Problem.of(QUESTION, "surveys.goal.questionUnknown"));
        }
        String typed = values.get(OPTIONS);
        Optional<List<Integer>> positions = positions(typed);
        if (typed == null || typed.isBlank()) {
            problems.add(Problem.of(OPTIONS, "surveys.goal.optionsRequired"));
        } else if (positions.isEmpty()) {
            problems.add(Problem.of(OPTIONS, "surveys.goal.optionsNumbers"));
        } else if (question.isPresent()) {
            int count = question.get().options().size();
            if (positions.get().stream().anyMatch(p -> p < 1 || p > count)) {
                problems.add(Problem.of(OPTIONS, "surveys.goal.optionsRange", Integer.toString(count)));
            } else if (positions.get().size() > 1 && question.get().kind() == QuestionKind.MULTIPLE_CHOICE) {
                problems.add(Problem.of(OPTIONS, "surveys.goal.oneOfMultiple"));
            } else if (positions.get().size() == count) {
                problems.add(Problem.of(OPTIONS, "surveys.goal.allOptions"));
            }
        }
        String district = values.get(DISTRICT);
        if (district != null && districts(municipality.get()).stream()
                .noneMatch(a -> Long.toString(a.id()).equals(district))) {
            problems.add(Problem.of(DISTRICT, "surveys.goal.districtUnknown"));
        }
        return problems;
    }

    @Override
    public IndicatorReading read(Map<String, String> values, GoalContext goal) {
        Optional<OrganisationId> municipality = municipality(goal.content());
        Optional<List<Integer>> positions = positions(values.get(OPTIONS));
        String key = values.get(QUESTION);
        if (municipality.isEmpty() || key == null || positions.isEmpty()) {
            return unreadable("surveys.goal.words.gone");
        }
        Long district = district(values.get(DISTRICT));
        Optional<String> districtName = district == null ? Optional.empty() : districts(municipality.get()).stream()
                .filter(a -> a.id() == district).map(District::name).findFirst();
        if (district != null && districtName.isEmpty()) {
            return unreadable("surveys.goal.words.districtGone");
        }
        List<ProgressPoint> series = new ArrayList<>();
        SurveyShares.YearShare latest = null;
        for (int year = goal.content().start().getYear() - 1; year <= goal.readUntil().getYear(); year++) {
            Optional<SurveyShares.Counted> counted = shares.published(municipality.get(), year);
            if (counted.isEmpty() || counted.get().asOf() != null && counted.get().asOf().isAfter(goal.readUntil())) {
                continue;
            }
            latest = SurveyShares.share(counted.get(), key, positions.get(), district);
            if (latest.outcome() == SurveyShares.Outcome.SHOWN) {
                // A survey speaks of its year: answers that came in after the year ended still count for it.
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                series.add(new ProgressPoint(latest.asOf().isAfter(yearEnd) ? yearEnd : latest.asOf(),
                        percent(latest.cell().share())));
            }
        }
        // The words name the question and options as the latest survey asking it words them.
        Optional<Question> question = Optional.ofNullable(latest).map(SurveyShares.YearShare::question)
                .or(() -> surveys.latestTemplateQuestions(municipality.get()).stream()
                        .filter(q -> q.templateKey().equals(key)).findFirst());
        if (question.isEmpty()) {
            return unreadable("surveys.goal.words.gone");
        }
        String tail = latest == null ? "none" : switch (latest.outcome()) {
            case SHOWN -> "shown";
            case SUPPRESSED -> "suppressed";
            case NO_ANSWERS -> "noAnswers";
            case NOT_ASKED -> "notAsked";
        };
        SurveyShares.YearShare last = latest;
        Function<Locale, String> words = locale -> {
            boolean english = Locale.ENGLISH.equals(locale);
            String what = messages.getMessage("surveys.goal.words", new Object[]{
                    options(question.get(), positions.get(), english), question.get().text(english),
                    districtName.map(n -> messages.getMessage("surveys.goal.words.district", new Object[]{n}, locale))
                            .orElse("")}, locale);
            Object[] args = last == null ? new Object[0] : last.cell() == null
                    ? new Object[]{Integer.toString(last.year())}
                    : new Object[]{Integer.toString(last.year()), Long.toString(last.answered()),
                    Numbers.of(percent(last.cell().low()), locale), Numbers.of(percent(last.cell().high()), locale)};
            return what + " " + messages.getMessage("surveys.goal.words." + tail, args, locale);
        };
        return new IndicatorReading(series, words.apply(SWEDISH), words.apply(Locale.ENGLISH));
    }

    /** The promise's municipality, whose surveys a goal reads: the first municipality among its parties. */
    static Optional<OrganisationId> municipality(PromiseContent content) {
        return content.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY)
                .map(PromiseContent.Party::id).findFirst();
    }

    /** The option numbers typed ("3, 4", "3 4"), once each in order; empty when any part is no whole number. */
    static Optional<List<Integer>> positions(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        TreeSet<Integer> positions = new TreeSet<>();
        for (String part : typed.strip().split("[\\s,;]+")) {
            if (!part.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            positions.add(Integer.parseInt(part));
        }
        return Optional.of(List.copyOf(positions));
    }

    /** "1 Mycket trygg, 2 Ganska trygg, …": the question's options with the numbers staff type. */
    private static String numbered(Question question, boolean english) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < question.options().size(); i++) {
            text.append(i == 0 ? "" : ", ").append(i + 1).append(' ').append(question.options().get(i).text(english));
        }
        return text.toString();
    }

    /** ”Ganska otrygg” eller ”Mycket otrygg”: the counted options as the question words them. */
    static String options(Question question, List<Integer> positions, boolean english) {
        List<String> quoted = positions.stream().filter(p -> p <= question.options().size())
                .map(p -> (english ? "“" : "”") + question.options().get(p - 1).text(english) + "”").toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + (english ? " or " : " eller ")
                + quoted.getLast();
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private List<District> districts(OrganisationId municipality) {
        return SurveyAnswers.districts(places, municipality);
    }

    /**
     * The district a goal's {@link #DISTRICT} value names: null for everyone who answered, -1 (no district) for a
     * value that is no id, so that it reads as a district that is gone.
     */
    static Long district(String text) {
        if (text == null) {
            return null;
        }
        Long id = Typed.wholeNumber(text);
        return id == null ? -1L : id;
    }

    private IndicatorReading unreadable(String code) {
        return IndicatorReading.unreadable(messages.getMessage(code, null, SWEDISH),
                messages.getMessage(code, null, Locale.ENGLISH));
    }
}
