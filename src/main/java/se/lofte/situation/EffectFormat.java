package se.lofte.situation;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.lofte.analysis.Effect;
import se.lofte.analysis.Estimate;
import se.lofte.analysis.Reading;
import se.lofte.shared.Ui;

/**
 * An effect figure's value as the pages write it, with its uncertainty: "−12,0 (medelfel 5,3; z = −2,26;
 * 95 % konfidensintervall −22,4 till −1,6)". A figure that cannot be computed is a dash; its reading says why.
 */
public final class EffectFormat {

    private EffectFormat() {
    }

    public static String value(Effect effect, Reading reading, Ui ui) {
        return value(effect, reading, ui.locale(), ui::t);
    }

    /**
     * The same in a language of the caller's choice, for text made outside a page (evidence written in Swedish and
     * English at once).
     */
    public static String value(Effect effect, Reading reading, MessageSource messages, Locale locale) {
        return value(effect, reading, locale, (key, args) -> messages.getMessage(key, args, locale));
    }

    /** A message in the text's language. */
    private interface Texts {
        String t(String key, Object... args);
    }

    private static String value(Effect effect, Reading reading, Locale locale, Texts texts) {
        return switch (reading.figure()) {
            case WDD -> estimate(effect.wdd(), locale, texts);
            case WDD_LOCAL -> estimate(effect.wddLocal(), locale, texts);
            case IRR -> effect.irr() == null ? "–" : texts.t("effect.value.irr", decimal(effect.irr(), 2, locale),
                    decimal(effect.irrCi95().low(), 2, locale), decimal(effect.irrCi95().high(), 2, locale));
            case WDQ -> effect.wdq() == null ? "–" : decimal(effect.wdq(), 2, locale);
            case E_TEST -> effect.eTestP() == null ? "–" : texts.t("effect.value.p",
                    TrendFormat.pValue(effect.eTestP(), locale));
        };
    }

    private static String estimate(Estimate e, Locale locale, Texts texts) {
        if (e.z() == null) {
            return decimal(e.value(), 1, locale);
        }
        return texts.t("effect.value.wdd", decimal(e.value(), 1, locale), decimal(e.standardError(), 1, locale),
                decimal(e.z(), 2, locale), decimal(e.ci95().low(), 1, locale), decimal(e.ci95().high(), 1, locale));
    }

    /** A number with a real minus sign, as the trends page writes changes. */
    static String decimal(double x, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        String text = f.format(Math.abs(x));
        return x < 0 && !text.matches("[0,.]+") ? "\u2212" + text : text;
    }
}
