package se.lofte.citizenreports;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import se.lofte.shared.PersonalMentions;

/**
 * The names and phone numbers found in a report's texts ({@link PersonalMentions}), kept for its moderators: one
 * line per mention, {@code NAME:<text>} or {@code PHONE_NUMBER:<text>}; null when there is none.
 */
final class ReportFlags {

    private ReportFlags() {
    }

    static String of(String... texts) {
        List<String> lines = Stream.of(texts).filter(Objects::nonNull).flatMap(t -> PersonalMentions.findIn(t).stream())
                .map(m -> m.kind().name() + ":" + m.text()).distinct().toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<PersonalMentions.Mention> read(String flags) {
        if (flags == null) {
            return List.of();
        }
        return flags.lines().filter(l -> l.contains(":")).map(l -> new PersonalMentions.Mention(
                PersonalMentions.Kind.valueOf(l.substring(0, l.indexOf(':'))), l.substring(l.indexOf(':') + 1))).toList();
    }
}
