package se.lofte.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.lofte.followup.Evidence;
import se.lofte.followup.EvidenceRequest;
import se.lofte.followup.EvidenceSource;
import se.lofte.followup.ItemKind;
import se.lofte.organisations.OrganisationId;
import se.lofte.progress.IndicatorChoice;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.shared.Numbers;

/**
 * Survey change beside the follow-up's verdicts: for the promise's municipality, the published share of the follow-up's
 * year against the year before, on each commitment for the template questions that speak to it ({@link SurveyTopics})
 * and on each goal measured from the survey for its own question, options and district. Both shares with their 95 %
 * Wilson intervals, and the change in percentage points with its 95 % interval (Newcombe's hybrid score interval, made
 * from the two Wilson intervals). Only published results are read, from the suppressed tables the public sees: a
 * suppressed cell is said in words, never as a number, and no change is given beside it.
 */
@Component
@Order(60)
class SurveyChangeEvidence implements EvidenceSource {

    private final SurveyShares shares;
    private final ProgressManagement progress;
    private final MessageSource messages;

    SurveyChangeEvidence(SurveyShares shares, ProgressManagement progress, MessageSource messages) {
        this.shares = shares;
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public List<Evidence> evidence(EvidenceRequest request) {
        PromiseContent content = request.latest().content();
        Optional<OrganisationId> municipality = SurveyShareSource.municipality(content);
        if (municipality.isEmpty()) {
            return List.of();
        }
        Optional<SurveyShares.Counted> now = shares.published(municipality.get(), request.year());
        Optional<SurveyShares.Counted> before = shares.published(municipality.get(), request.year() - 1);
        if (now.isEmpty() && before.isEmpty()) {
            return List.of();
        }
        List<Evidence> lines = new ArrayList<>();
        for (var commitment : content.commitments()) {
            for (String key : SurveyTopics.of(commitment)) {
                line(ItemKind.COMMITMENT, commitment.key(), now, before, key, SurveyTopics.concern(key), null)
                        .ifPresent(lines::add);
            }
        }
        Map<String, IndicatorChoice> choices = progress.indicators(request.latest().promiseId());
        for (var goal : content.goals()) {
            IndicatorChoice choice = choices.get(goal.key());
            if (!goal.isNumeric() || choice == null || !SurveyShareSource.KIND.equals(choice.kind())) {
                continue;
            }
            String key = choice.values().get(SurveyShareSource.QUESTION);
            Optional<List<Integer>> positions = SurveyShareSource.positions(choice.values().get(SurveyShareSource.OPTIONS));
            if (key == null || positions.isEmpty()) {
                continue;
            }
            Long district = SurveyShareSource.district(choice.values().get(SurveyShareSource.DISTRICT));
            line(ItemKind.GOAL, goal.key(), now, before, key, positions.get(), district).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<Evidence> line(ItemKind kind, String item, Optional<SurveyShares.Counted> now,
                                    Optional<SurveyShares.Counted> before, String key, List<Integer> positions,
                                    Long district) {
        Optional<SurveyShares.YearShare> current = now.map(c -> SurveyShares.share(c, key, positions, district));
        Optional<SurveyShares.YearShare> earlier = before.map(c -> SurveyShares.share(c, key, positions, district));
        List<SurveyShares.YearShare> asked = new ArrayList<>();
        earlier.filter(SurveyChangeEvidence::asked).ifPresent(asked::add);
        current.filter(SurveyChangeEvidence::asked).ifPresent(asked::add);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Question question = asked.getLast().question();
        String districtName = district == null ? null
                : now.or(() -> before).flatMap(c -> c.districtName(district)).orElse(null);
        List<SurveyShares.YearShare> suppressed = asked.stream()
                .filter(s -> s.outcome() == SurveyShares.Outcome.SUPPRESSED).toList();
        if (!suppressed.isEmpty()) {
            return Optional.of(EvidenceRequest.line(messages, kind, item, "surveys.evidence.few", locale -> new Object[]{
                    question.text(english(locale)), where(districtName, locale),
                    String.join(english(locale) ? " and " : " och ",
                            suppressed.stream().map(s -> Integer.toString(s.year())).toList()),
                    options(question, positions, locale)}));
        }
        if (asked.size() == 1) {
            SurveyShares.YearShare only = asked.getFirst();
            int missing = only.year() == now.map(SurveyShares.Counted::year).orElse(-1) ? only.year() - 1 : only.year() + 1;
            return Optional.of(EvidenceRequest.line(messages, kind, item, "surveys.evidence.oneYear",
                    locale -> new Object[]{question.text(english(locale)), where(districtName, locale),
                            options(question, positions, locale), percent(only.cell().share(), locale),
                            percent(only.cell().low(), locale), percent(only.cell().high(), locale),
                            Integer.toString(only.year()), Integer.toString(missing)}));
        }
        SurveyShares.YearShare a = asked.getFirst();
        SurveyShares.YearShare b = asked.getLast();
        double change = b.cell().share() - a.cell().share();
        double low = change - Math.sqrt(square(b.cell().share() - b.cell().low()) + square(a.cell().high() - a.cell().share()));
        double high = change + Math.sqrt(square(b.cell().high() - b.cell().share()) + square(a.cell().share() - a.cell().low()));
        return Optional.of(EvidenceRequest.line(messages, kind, item, "surveys.evidence.change",
                locale -> new Object[]{question.text(english(locale)), where(districtName, locale),
                        options(question, positions, locale), percent(b.cell().share(), locale),
                        percent(b.cell().low(), locale), percent(b.cell().high(), locale), Integer.toString(b.year()),
                        percent(a.cell().share(), locale), percent(a.cell().low(), locale),
                        percent(a.cell().high(), locale), Integer.toString(a.year()), points(change, locale),
                        points(low, locale), points(high, locale)}));
    }

    /** A year whose survey asked the question as the goal counts it and got answers: shown or suppressed. */
    private static boolean asked(SurveyShares.YearShare share) {
        return share.outcome() == SurveyShares.Outcome.SHOWN || share.outcome() == SurveyShares.Outcome.SUPPRESSED;
    }

    private String where(String districtName, Locale locale) {
        return districtName == null ? "" : messages.getMessage("surveys.goal.words.district", new Object[]{districtName},
                locale);
    }

    private static String options(Question question, List<Integer> positions, Locale locale) {
        return SurveyShareSource.options(question, positions, english(locale));
    }

    private static String percent(double share, Locale locale) {
        return Numbers.of(SurveyShareSource.percent(share), locale);
    }

    /** "+2,5", "−7,1", "0": a change always with its sign, the minus a true minus sign. */
    private static String points(double change, Locale locale) {
        BigDecimal rounded = BigDecimal.valueOf(change * 100).setScale(1, RoundingMode.HALF_UP);
        String number = Numbers.of(rounded.abs(), locale);
        return rounded.signum() > 0 ? "+" + number : rounded.signum() < 0 ? "−" + number : number;
    }

    private static double square(double x) {
        return x * x;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
