package se.lofte.publishing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * What a promise's share image shows, and the drawing of it: a 1200×630 PNG, the size that link previews
 * expect. The record is the whole content of the picture, so equal cards draw equal pictures and a card
 * can key a cache of them. Text is set in DejaVu Sans shipped with the app (not a system font), so å, ä and
 * ö look the same on every server.
 *
 * @param kind       "Medborgarlöfte 2019"
 * @param parties    "Bengtsfors kommun · LPO Östra Fyrbodal"
 * @param bars       at most three numeric goals
 * @param moreGoals  a line about the numeric goals left out, or null
 * @param followUp   the published joint follow-up's summary ("Uppföljning: 2 av 3 mål nådda"), or null
 */
record ShareCard(String kind, String parties, String title, String lead, List<Bar> bars, String moreGoals,
                 String followUp) {

    private static final int WIDTH = ShareImages.WIDTH;
    private static final int HEIGHT = ShareImages.HEIGHT;
    private static final int MARGIN = 64;

    ShareCard {
        bars = List.copyOf(bars);
    }

    /**
     * One numeric goal: {@code label} names it, {@code words} say where it stands ("3 av minst 5 individer"),
     * {@code share} is how much of the way from baseline to target is done, 0 to 1. A goal without a value has
     * no share: its words ("Mätningen börjar när den första siffran finns") are drawn without a bar, since an
     * empty bar reads as nothing done.
     */
    record Bar(String label, String words, Double share) {

        static Bar withoutValue(String label, String words) {
            return new Bar(label, words, null);
        }
    }

    byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private void draw(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Style.BRAND);
        g.fillRect(0, 0, WIDTH, 96);
        g.setColor(Color.WHITE);
        g.setFont(Style.BOLD.deriveFont(40f));
        g.drawString("Löfte", MARGIN, 62);
        g.setFont(Style.REGULAR.deriveFont(30f));
        FontMetrics kindMetrics = g.getFontMetrics();
        g.drawString(kind, WIDTH - MARGIN - kindMetrics.stringWidth(kind), 60);

        int y = 150;
        g.setColor(Style.MUTED);
        g.setFont(Style.REGULAR.deriveFont(28f));
        g.drawString(fit(g, parties, WIDTH - 2 * MARGIN), MARGIN, y);

        g.setColor(Style.TEXT);
        g.setFont(Style.BOLD.deriveFont(bars.isEmpty() ? 58f : 52f));
        for (String line : wrap(g, title, WIDTH - 2 * MARGIN, 2)) {
            y += g.getFontMetrics().getHeight();
            g.drawString(line, MARGIN, y);
        }
        if (followUp != null) {
            g.setColor(Style.DONE);
            g.setFont(Style.BOLD.deriveFont(32f));
            y += 16 + g.getFontMetrics().getHeight();
            g.drawString(fit(g, followUp, WIDTH - 2 * MARGIN), MARGIN, y);
        }
        int rowHeight = bars.size() == 3 ? 92 : 110;
        int top = HEIGHT - MARGIN / 2 - rowHeight * bars.size() - (moreGoals == null ? 0 : 40);
        // The lead fills what room the title and the bars leave, so a promise with few goals still says what it is.
        g.setColor(Style.MUTED);
        g.setFont(Style.REGULAR.deriveFont(28f));
        int lineHeight = g.getFontMetrics().getHeight();
        int leadLines = Math.min(4, (top - y - 40) / lineHeight);
        if (leadLines > 0) {
            y += 20;
            for (String line : wrap(g, lead, WIDTH - 2 * MARGIN, leadLines)) {
                y += lineHeight;
                g.drawString(line, MARGIN, y);
            }
        }
        for (Bar bar : bars) {
            drawBar(g, bar, top);
            top += rowHeight;
        }
        if (moreGoals != null) {
            g.setColor(Style.MUTED);
            g.setFont(Style.REGULAR.deriveFont(24f));
            g.drawString(moreGoals, MARGIN, top + 20);
        }
    }

    private static void drawBar(Graphics2D g, Bar bar, int top) {
        int wordsWidth = 400;
        int trackWidth = WIDTH - 2 * MARGIN - wordsWidth - 24;
        g.setColor(Style.MUTED);
        g.setFont(Style.REGULAR.deriveFont(24f));
        g.drawString(fit(g, bar.label(), WIDTH - 2 * MARGIN), MARGIN, top + 24);
        int barTop = top + 38;
        if (bar.share() == null) {
            g.setColor(Style.TEXT);
            g.setFont(Style.REGULAR.deriveFont(28f));
            g.drawString(fit(g, bar.words(), WIDTH - 2 * MARGIN), MARGIN, barTop + 28);
            return;
        }
        int barHeight = 34;
        var track = new RoundRectangle2D.Double(MARGIN, barTop, trackWidth, barHeight, 12, 12);
        g.setColor(Style.TRACK);
        g.fill(track);
        double share = Math.max(0, Math.min(1, bar.share()));
        if (share > 0) {
            g.setColor(share >= 1 ? Style.DONE : Style.BRAND);
            g.fill(new RoundRectangle2D.Double(MARGIN, barTop, Math.max(12, trackWidth * share), barHeight, 12, 12));
        }
        g.setColor(Style.LINE);
        g.setStroke(new BasicStroke(2f));
        g.draw(track);
        g.setColor(Style.TEXT);
        g.setFont(Style.BOLD.deriveFont(28f));
        g.drawString(fit(g, bar.words(), wordsWidth), MARGIN + trackWidth + 24, barTop + 28);
    }

    /** The text cut to the width, with an ellipsis where it was cut. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /** The text in at most {@code lines} lines of the width, broken between words; the last line cut if need be. */
    private static List<String> wrap(Graphics2D g, String text, int width, int lines) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (result.size() == lines - 1) {
                result.add(fit(g, String.join(" ", line, String.join(" ", List.of(words).subList(i, words.length))),
                        width));
                return result;
            }
            result.add(line.toString());
            line = new StringBuilder(words[i]);
        }
        if (!line.isEmpty()) {
            result.add(fit(g, line.toString(), width));
        }
        return result;
    }

    /**
     * The fonts and colours of the drawing, set up only when a card is first drawn: reading the fonts and
     * loading AWT's native library take tens of milliseconds, and the text alternative that every promise
     * page shows ({@link ShareImages#alt}) needs none of it.
     */
    static final class Style {

        static final Font REGULAR = font("/fonts/DejaVuSans.ttf");
        static final Font BOLD = font("/fonts/DejaVuSans-Bold.ttf");

        static final Color BRAND = new Color(0x00385f);
        static final Color TEXT = new Color(0x1b1b1b);
        static final Color MUTED = new Color(0x4a4a4a);
        static final Color TRACK = new Color(0xf3f2f1);
        static final Color LINE = new Color(0xb1b4b6);
        static final Color DONE = new Color(0x1e6b34);

        private Style() {
        }

        private static Font font(String resource) {
            try (InputStream in = ShareCard.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + resource + " is missing from the application");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The font " + resource + " cannot be read", e);
            }
        }
    }
}
