package se.lofte.progress;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words in which the built-in sources tell residents where a goal's number comes from, in Swedish and
 * English, from the progress bundles ({@code progress.source.words.*}). The arguments are asked for per
 * language, since a date is written differently in each ("1 januari 2027", "1 January 2027").
 */
@Component
class SourceWords {

    static final Locale SWEDISH = Locale.of("sv");

    private final MessageSource messages;

    SourceWords(MessageSource messages) {
        this.messages = messages;
    }

    /** Both languages' text of the key, with the arguments for each language. */
    Both of(String key, Function<Locale, Object[]> args) {
        return new Both(messages.getMessage(key, args.apply(SWEDISH), SWEDISH),
                messages.getMessage(key, args.apply(Locale.ENGLISH), Locale.ENGLISH));
    }

    Both of(String key, Object... args) {
        return of(key, locale -> args);
    }

    record Both(String sv, String en) {

        IndicatorReading reading(List<ProgressPoint> series) {
            return new IndicatorReading(series, sv, en);
        }

        IndicatorReading unreadable() {
            return IndicatorReading.unreadable(sv, en);
        }
    }
}
