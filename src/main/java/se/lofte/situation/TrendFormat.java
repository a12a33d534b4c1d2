package se.lofte.situation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lofte.shared.Ui;

/**
 * Numbers, periods and bucket names as readers write them: "1 234", "12,5 %", "v. 1 2025", "jan. 2025" in
 * Swedish; "1,234", "12.5%", "W1 2025", "Jan 2025" in English.
 */
public final class TrendFormat {

    private TrendFormat() {
    }

    public static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public static String decimal(double x, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(x);
    }

    /** A signed change: "+3", "−2" (a real minus sign), "0". */
    public static String signed(double x, Locale locale) {
        long rounded = Math.round(x);
        String digits = number(Math.abs(rounded), locale);
        return rounded > 0 ? "+" + digits : rounded < 0 ? "\u2212" + digits : digits;
    }

    /** A signed percentage, "+12,5 %"; a dash when there is nothing to compare with. */
    public static String percent(Double x, Locale locale) {
        if (x == null) {
            return "–";
        }
        String digits = decimal(Math.abs(x), locale);
        String sign = x > 0.05 ? "+" : x < -0.05 ? "\u2212" : "";
        return "sv".equals(locale.getLanguage()) ? sign + digits + "\u00a0%" : sign + digits + "%";
    }

    /** A p-value to three decimals, "< 0,001" below that. */
    public static String pValue(double p, Locale locale) {
        if (p < 0.001) {
            return "< " + (("sv".equals(locale.getLanguage())) ? "0,001" : "0.001");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        return f.format(p);
    }

    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    public static String period(Period period, Locale locale) {
        return day(period.from(), locale) + "\u2013" + day(period.to(), locale);
    }

    /** The name of the bucket that starts on {@code start}. */
    public static String bucket(LocalDate start, Granularity granularity, Locale locale) {
        boolean swedish = "sv".equals(locale.getLanguage());
        return switch (granularity) {
            case WEEK -> (swedish ? "v. " : "W") + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                    + start.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", locale).format(start);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /**
     * Why a comparison shows no change: which of its periods the data does not cover, wholly ("Data saknas för
     * perioden …") or in part.
     */
    public static String missing(Compared compared, Ui ui) {
        List<String> sentences = new ArrayList<>();
        missing(compared.data().current(), compared.period(), ui, sentences);
        missing(compared.data().reference(), compared.referencePeriod(), ui, sentences);
        return String.join(" ", sentences);
    }

    private static void missing(Coverage.Extent extent, Period period, Ui ui, List<String> sentences) {
        switch (extent) {
            case NONE -> sentences.add(ui.t("trends.noData.period", period(period, ui.locale())));
            case PARTLY -> sentences.add(ui.t("trends.noData.periodPart", period(period, ui.locale())));
            case FULLY -> {
            }
        }
    }
}
