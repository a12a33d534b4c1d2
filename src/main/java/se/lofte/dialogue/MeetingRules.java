package se.lofte.dialogue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * What every saved meeting holds to: a title, a form, a day with a start and a later end, a place in words, at
 * least one organiser (a party or in words), counts from 0 to {@value #MOST_PARTICIPANTS}, and public texts that
 * hold no personal identity number (everything a meeting says is public). Organisers, the area and the
 * commitments must be among those offered for the municipality.
 */
final class MeetingRules {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 300;
    static final int ORGANISERS_MAX = 500;
    static final int TOPICS_MAX = 4000;
    static final int SUMMARY_MAX = 8000;
    static final int ALT_MAX = 500;
    static final int MOST_PARTICIPANTS = 100_000;

    private MeetingRules() {
    }

    /** The checked meeting, or null with the problems at their fields. */
    record Checked(MeetingRow row, List<Problem> problems) {
    }

    static Checked check(MeetingInput in, Set<OrganisationId> parties, Set<Long> areas, Set<CommitmentRef> offered) {
        List<Problem> problems = new ArrayList<>();
        String title = publicText("title", in.title(), TITLE_MAX, true, problems);
        if (in.form() == null) {
            problems.add(Problem.of("form", "dialogue.problem.form"));
        }
        if (in.day() == null) {
            problems.add(Problem.of("day", "dialogue.problem.day"));
        }
        if (in.start() == null) {
            problems.add(Problem.of("start", "dialogue.problem.start"));
        }
        if (in.end() == null) {
            problems.add(Problem.of("end", "dialogue.problem.end"));
        } else if (in.start() != null && !in.end().isAfter(in.start())) {
            problems.add(Problem.of("end", "dialogue.problem.endBeforeStart"));
        }
        String place = publicText("place", in.place(), PLACE_MAX, true, problems);
        if (in.areaId() != null && !areas.contains(in.areaId())) {
            problems.add(Problem.of("area", "dialogue.problem.area"));
        }
        String organisersText = publicText("organisersText", in.organisersText(), ORGANISERS_MAX, false, problems);
        if (!parties.containsAll(in.organisers())) {
            problems.add(Problem.of("organisers", "dialogue.problem.organiserNotOffered"));
        } else if (in.organisers().isEmpty() && organisersText.isEmpty()) {
            problems.add(Problem.of("organisers", "dialogue.problem.organisers"));
        }
        Map<ParticipantGroup, Integer> participants = new EnumMap<>(ParticipantGroup.class);
        for (var count : in.participants().entrySet()) {
            if (count.getValue() < 0 || count.getValue() > MOST_PARTICIPANTS) {
                problems.add(Problem.of("participants[" + count.getKey().code() + "]", "dialogue.problem.count",
                        Integer.toString(MOST_PARTICIPANTS)));
            } else if (count.getValue() > 0) {
                participants.put(count.getKey(), count.getValue());
            }
        }
        String topics = publicText("topics", in.topics(), TOPICS_MAX, false, problems);
        String summary = publicText("summary", in.summary(), SUMMARY_MAX, false, problems);
        if (!offered.containsAll(in.commitments())) {
            problems.add(Problem.of("commitments", "dialogue.problem.commitmentNotOffered"));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        OffsetDateTime starts = in.day().atTime(in.start()).atZone(Dates.SWEDEN).toOffsetDateTime();
        OffsetDateTime ends = in.day().atTime(in.end()).atZone(Dates.SWEDEN).toOffsetDateTime();
        List<String> topicLines = topics.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Checked(new MeetingRow(title, in.form(), starts, ends, place, in.areaId(),
                in.organisers().stream().distinct().toList(), organisersText, participants, topicLines, summary,
                in.cancelled(), in.commitments().stream().distinct().toList()), List.of());
    }

    /** A photo's alternative text: required, since a photo without one says nothing to those who cannot see it. */
    static String alt(String field, String typed, List<Problem> problems) {
        String alt = publicText(field, typed, ALT_MAX, false, problems);
        if (alt.isEmpty()) {
            problems.add(Problem.of(field, "dialogue.problem.alt"));
        }
        return alt;
    }

    /** A text the public will read: stripped, within its length, and refused when it holds a personal identity number. */
    static String publicText(String field, String typed, int max, boolean required, List<Problem> problems) {
        String text = Typed.text(typed);
        if (required && text.isEmpty()) {
            problems.add(Problem.of(field, "dialogue.problem." + field));
        } else if (text.length() > max) {
            problems.add(Problem.of(field, "dialogue.problem.tooLong", Integer.toString(max)));
        } else if (PersonalIdentityNumbers.containsAny(text)) {
            problems.add(Problem.of(field, "problem.personalIdentityNumber",
                    String.join(", ", PersonalIdentityNumbers.findIn(text))));
        }
        return text;
    }
}
