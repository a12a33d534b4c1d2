package se.lofte.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.lofte.shared.Markup;

/**
 * Plain text typed by staff, shown as paragraphs and bulleted lists, and as nothing else: a blank line starts
 * a new paragraph, lines that begin with "- " (or "– " or "• ") make a list, and every character typed is
 * shown as typed, so {@code <b>} reads as {@code <b>}. No HTML typed by anyone is ever rendered.
 */
public final class Paragraphs {

    /** Compiled once: a page shows a few dozen texts, and compiling these per text was a tenth of its render. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern BULLET = Pattern.compile("^[-–•]\\s+(.*)$");

    private Paragraphs() {
    }

    /** A paragraph or a bulleted list, its text still plain. */
    public sealed interface Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record BulletList(List<String> items) implements Block {

        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** The text's paragraphs, lines inside a paragraph joined by a space, list items kept as paragraphs. */
    public static List<String> of(String text) {
        return blocks(text).stream().<String>mapMulti((block, out) -> {
            switch (block) {
                case Paragraph p -> out.accept(p.text());
                case BulletList l -> l.items().forEach(out);
            }
        }).toList();
    }

    /** The text as blocks: paragraphs split at blank lines, and runs of "- " lines as lists. */
    public static List<Block> blocks(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        for (String chunk : BLANK_LINE.split(text.strip())) {
            List<String> lines = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : LINE.split(chunk.strip())) {
                String stripped = line.strip();
                var bullet = BULLET.matcher(stripped);
                if (bullet.matches()) {
                    flushParagraph(lines, blocks);
                    items.add(bullet.group(1).strip());
                } else if (!items.isEmpty() && !stripped.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                    // An indented line after an item carries that item on.
                    items.set(items.size() - 1, items.getLast() + " " + stripped);
                } else if (!stripped.isEmpty()) {
                    flushList(items, blocks);
                    lines.add(stripped);
                }
            }
            flushParagraph(lines, blocks);
            flushList(items, blocks);
        }
        return List.copyOf(blocks);
    }

    /**
     * The text as HTML: {@code <p>} and {@code <ul><li>} elements with the given language (and class on the
     * paragraphs, when not null), every character of the text escaped.
     */
    public static String html(String text, String lang, String paragraphClass) {
        String langAttribute = lang == null ? "" : " lang=\"" + Markup.escape(lang) + "\"";
        String classAttribute = paragraphClass == null ? "" : " class=\"" + Markup.escape(paragraphClass) + "\"";
        StringBuilder out = new StringBuilder();
        for (Block block : blocks(text)) {
            switch (block) {
                case Paragraph p -> out.append("<p").append(classAttribute).append(langAttribute).append('>')
                        .append(Markup.escape(p.text())).append("</p>");
                case BulletList l -> {
                    out.append("<ul class=\"text-list\"").append(langAttribute).append('>');
                    l.items().forEach(item -> out.append("<li>").append(Markup.escape(item)).append("</li>"));
                    out.append("</ul>");
                }
            }
        }
        return out.toString();
    }

    public static String html(String text, String lang) {
        return html(text, lang, null);
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(LINE_BREAK.matcher(String.join("\n", lines)).replaceAll(" ")));
            lines.clear();
        }
    }

    private static void flushList(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
            items.clear();
        }
    }
}
