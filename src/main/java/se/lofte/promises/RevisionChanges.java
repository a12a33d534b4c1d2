package se.lofte.promises;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two revisions of a promise, field by field, in words a resident can read:
 * "Mål 1 – målvärde: 5 → 6", with the changed words of longer texts marked.
 */
public final class RevisionChanges {

    private RevisionChanges() {
    }

    /** One changed field. {@code section} and {@code field} are message keys; {@code number} is 0 when none. */
    public record Change(Kind kind, String section, int number, String field, String before, String after,
                         List<Segment> words) {
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** A run of words that is unchanged, added or removed. */
    public record Segment(Mark mark, String text) {
    }

    public enum Mark {
        SAME, ADDED, REMOVED
    }

    public static List<Change> between(PromiseContent before, PromiseContent after) {
        Map<String, ContentField> old = ContentField.byId(before);
        Map<String, ContentField> now = ContentField.byId(after);
        List<Change> changes = new ArrayList<>();
        for (ContentField field : now.values()) {
            ContentField was = old.get(field.id());
            if (was == null) {
                if (!field.value().isBlank()) {
                    changes.add(change(Kind.ADDED, field, "", field.value()));
                }
            } else if (!was.value().equals(field.value())) {
                Kind kind = was.value().isBlank() ? Kind.ADDED : field.value().isBlank() ? Kind.REMOVED : Kind.CHANGED;
                changes.add(change(kind, field, was.value(), field.value()));
            }
        }
        for (ContentField field : old.values()) {
            if (!now.containsKey(field.id()) && !field.value().isBlank()) {
                changes.add(change(Kind.REMOVED, field, field.value(), ""));
            }
        }
        return changes;
    }

    private static Change change(Kind kind, ContentField field, String before, String after) {
        return new Change(kind, field.section(), field.number(), field.name(), before, after, words(before, after));
    }

    /** Word-level differences, keeping the spaces with the words so the text reads back as written. */
    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > position) {
                segments.add(new Segment(Mark.SAME, String.join("", a.subList(position, start))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                segments.add(new Segment(Mark.REMOVED, String.join("", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                segments.add(new Segment(Mark.ADDED, String.join("", delta.getTarget().getLines())));
            }
            position = start + delta.getSource().size();
        }
        if (position < a.size()) {
            segments.add(new Segment(Mark.SAME, String.join("", a.subList(position, a.size()))));
        }
        return segments;
    }

    private static List<String> tokens(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("(?<=\\s)(?=\\S)"));
    }
}
