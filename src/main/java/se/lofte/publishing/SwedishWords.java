package se.lofte.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lofte.promises.PromiseContent;
import se.lofte.shared.Dates;
import se.lofte.shared.Numbers;

/**
 * The Swedish that feeds and share images are written in. Both are read outside the site, where there is
 * no language switch, and they speak the language of the promises they carry.
 */
@Component
class SwedishWords {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    SwedishWords(MessageSource messages) {
        this.messages = messages;
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, SWEDISH);
    }

    /** "minst 5 individer", "högst 10 inbrott". */
    String target(PromiseContent.NumericTarget target) {
        return t(target.direction() == PromiseContent.Direction.DECREASE ? "promise.atMost" : "promise.atLeast",
                Numbers.swedish(target.target()), target.unit());
    }

    /** "3 av minst 5 individer". */
    String valueOfTarget(BigDecimal value, PromiseContent.NumericTarget target) {
        return t("feed.goal.valueOfTarget", Numbers.swedish(value), target(target));
    }

    /** "12 mars 2019", or "12 mars 2019 – 20 mars 2019" for a period. */
    String days(LocalDate start, LocalDate end) {
        return end == null || end.equals(start) ? Dates.day(start, SWEDISH)
                : Dates.day(start, SWEDISH) + " – " + Dates.day(end, SWEDISH);
    }
}
