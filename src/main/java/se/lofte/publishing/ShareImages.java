package se.lofte.publishing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.OrganisationKind;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedRevision;

/**
 * The share image of a published promise (what a link preview shows) and its text alternative. A goal whose
 * measuring has not started says so in the same words as the promise page, with no empty bar. Pictures are
 * kept by what they show, so one is drawn again only when the revision's text or a goal's value changes,
 * however often it is asked for. Drawing one takes some 75 ms; 300 pictures of some 60 kB each bound the memory
 * to under 20 MB.
 */
@Service
public class ShareImages {

    /** The size link previews expect (Open Graph's large image, Twitter's summary_large_image). */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    static final int BARS = 3;

    private final ProgressReading progress;
    private final SwedishWords words;
    private final Cache<ShareCard, byte[]> drawn = Caffeine.newBuilder().maximumSize(300).build();

    ShareImages(ProgressReading progress, SwedishWords words) {
        this.progress = progress;
        this.words = words;
    }

    /**
     * The promise's share image as a 1200×630 PNG, drawn from its latest revision and goals as they stand, with
     * the summary of {@code followUp}, the newest joint follow-up published (null when none is).
     */
    public byte[] png(PublishedRevision latest, PublishedFollowUp followUp) {
        return drawn.get(card(latest, progress.goals(latest), followUp), ShareCard::png);
    }

    /**
     * What the share image shows, in words, for {@code og:image:alt}; {@code goals} are the revision's goals
     * as they stand, which the page showing the text has read already.
     */
    public String alt(PublishedRevision latest, Collection<GoalProgress> goals, PublishedFollowUp followUp) {
        ShareCard card = card(latest, goals, followUp);
        String bars = card.bars().stream().map(b -> b.label() + ": " + b.words()).collect(Collectors.joining(". "));
        String alt = words.t("share.alt", card.title(), card.parties(), bars.isEmpty() ? card.lead() : bars + ".");
        return card.followUp() == null ? alt : alt + " " + card.followUp() + ".";
    }

    ShareCard card(PublishedRevision latest, Collection<GoalProgress> goals, PublishedFollowUp followUp) {
        PromiseContent content = latest.content();
        Map<String, GoalProgress> byKey = goals.stream()
                .collect(Collectors.toMap(GoalProgress::goalKey, Function.identity(), (a, b) -> b));
        List<PromiseContent.Goal> numeric = content.goals().stream().filter(PromiseContent.Goal::isNumeric).toList();
        List<ShareCard.Bar> bars = numeric.stream().limit(BARS)
                .map(goal -> bar(goal.numeric(), byKey.get(goal.key()))).toList();
        String parties = Stream.of(OrganisationKind.MUNICIPALITY, OrganisationKind.LOCAL_POLICE_AREA)
                .flatMap(kind -> content.parties().stream().filter(p -> p.kind() == kind))
                .map(PromiseContent.Party::name).collect(Collectors.joining(" · "));
        return new ShareCard(words.t("share.kind", content.periodLabel()), parties, content.title(),
                content.lead() == null ? "" : content.lead(), bars,
                numeric.size() > BARS ? words.t("share.more", numeric.size() - BARS) : null,
                followUp == null ? null : summary(followUp));
    }

    /** "Uppföljning: 2 av 3 mål nådda", or for a promise without goals its commitments fulfilled. */
    private String summary(PublishedFollowUp followUp) {
        return followUp.goals() > 0 ? words.t("followup.public.goals", followUp.goalsReached(), followUp.goals())
                : words.t("followup.public.commitmentsSummary", followUp.commitmentsKept(), followUp.commitments());
    }

    /** The goal's value against its target; without a value, the same words as the promise page, and no bar. */
    private ShareCard.Bar bar(PromiseContent.NumericTarget target, GoalProgress progress) {
        if (progress == null || progress.value() == null) {
            boolean notYet = progress != null && progress.status() == GoalStatus.NOT_YET_MEASURED;
            return ShareCard.Bar.withoutValue(target.indicator(),
                    words.t(notYet ? "share.notYetMeasured" : "share.noValue"));
        }
        BigDecimal value = progress.value();
        return new ShareCard.Bar(target.indicator(), words.valueOfTarget(value, target), share(target, value));
    }

    /** How far from baseline to target: (value − baseline) / (target − baseline), the same for goals going down. */
    static double share(PromiseContent.NumericTarget target, BigDecimal value) {
        BigDecimal baseline = target.baseline() == null ? BigDecimal.ZERO : target.baseline();
        BigDecimal way = target.target().subtract(baseline);
        if (way.signum() == 0) {
            return value.compareTo(target.target()) == 0 ? 1 : 0;
        }
        return value.subtract(baseline).divide(way, MathContext.DECIMAL64).doubleValue();
    }
}
