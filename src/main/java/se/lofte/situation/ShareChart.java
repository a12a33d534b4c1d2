package se.lofte.situation;

import java.util.List;
import java.util.Locale;

import se.lofte.shared.Markup;
import se.lofte.shared.SvgImage;

/**
 * Shares (0–1) drawn as horizontal bars from 0 to 100 %, each with its interval as a line and its value in words
 * beside it: a pin's drawing ({@link PinContent.Drawing}). A share that is not shown (a suppressed cell) has no bar,
 * only its words, so the drawing never tells more than the table beside it.
 */
public final class ShareChart {

    private static final int WIDTH = 400;
    private static final int LABEL_WIDTH = 150;
    private static final int VALUE_SPACE = 90;
    private static final int ROW = 30;
    private static final int TOP = 8;
    private static final int FONT = 12;
    private static final int LABEL_CHARACTERS = 24;

    private ShareChart() {
    }

    public static String bars(PinContent.Drawing drawing, String id) {
        List<PinContent.Bar> bars = drawing.bars();
        int height = TOP + ROW * bars.size() + 8;
        int space = WIDTH - LABEL_WIDTH - VALUE_SPACE;
        StringBuilder svg = SvgImage.open("chart", WIDTH + " " + height, id, drawing.title(), drawing.description());
        for (int i = 0; i < bars.size(); i++) {
            PinContent.Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            svg.append("<text class=\"axis\" x=\"0\" y=\"").append(y + 19).append("\" font-size=\"").append(FONT)
                    .append("\">").append(Markup.escape(shortened(bar.label()))).append("</text>");
            double end = LABEL_WIDTH;
            if (bar.share() != null) {
                double w = space * bar.share();
                svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 6)
                        .append("\" width=\"").append(f(w)).append("\" height=\"18\"/>");
                end = LABEL_WIDTH + w;
                if (bar.low() != null && bar.high() != null) {
                    svg.append("<line class=\"grid\" x1=\"").append(f(LABEL_WIDTH + space * bar.low()))
                            .append("\" x2=\"").append(f(LABEL_WIDTH + space * bar.high())).append("\" y1=\"")
                            .append(y + 15).append("\" y2=\"").append(y + 15).append("\"/>");
                    end = Math.max(end, LABEL_WIDTH + space * bar.high());
                }
            }
            svg.append("<text class=\"axis\" x=\"").append(f(end + 6)).append("\" y=\"").append(y + 19)
                    .append("\" font-size=\"").append(FONT).append("\">").append(Markup.escape(bar.shown()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A long answer is cut in the drawing; the table beside it and the description hold it whole. */
    private static String shortened(String label) {
        return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1) + "…";
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
