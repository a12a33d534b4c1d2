package se.lofte.promises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;

/**
 * The rules a promise's text must meet, each reported on the field it concerns. {@link #check} holds for
 * every save: a draft may be unfinished but never wrong. {@link #checkComplete} holds before anyone may
 * sign: a party signs a whole promise. A promise runs at most three years; an extension adds one more.
 */
final class PromiseRules {

    static final int MAX_YEARS = 3;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;

    private PromiseRules() {
    }

    static List<Problem> check(PromiseContent c, boolean extended) {
        List<Problem> problems = new ArrayList<>();
        checkParties(c, problems);
        checkPeriod(c, extended, problems);
        required(c.title(), "title", problems);
        if (c.title() != null && c.title().length() > TITLE_MAX) {
            problems.add(Problem.of("title", "problem.tooLong", Integer.toString(TITLE_MAX)));
        }
        checkCommitments(c, problems);
        checkGoals(c, problems);
        checkSignatories(c, problems);
        var image = c.image();
        if (image != null && image.hasFile() && PromiseContent.blank(image.alt())) {
            problems.add(Problem.of("imageAlt", "problem.image.altRequired"));
        }
        for (ContentField field : ContentField.of(c)) {
            if (!field.free()) {
                continue;
            }
            if (field.value().length() > TEXT_MAX) {
                problems.add(Problem.of(field.path(), "problem.tooLong", Integer.toString(TEXT_MAX)));
            }
            for (String number : PersonalIdentityNumbers.findIn(field.value())) {
                problems.add(Problem.of(field.path(), "problem.personalIdentityNumber", number));
            }
        }
        return problems;
    }

    /** What a finished promise has: every section written, and someone named to sign for every party. */
    static List<Problem> checkComplete(PromiseContent c) {
        List<Problem> problems = new ArrayList<>();
        required(c.lead(), "lead", problems);
        required(c.situation(), "situation", problems);
        if (c.commitments().isEmpty()) {
            problems.add(Problem.of("commitments", "problem.commitments.required"));
        }
        if (c.goals().isEmpty()) {
            problems.add(Problem.of("goals", "problem.goals.required"));
        }
        required(c.followAlong(), "followAlong", problems);
        Set<OrganisationId> withSignatory = c.signatories().stream().map(PromiseContent.Signatory::party)
                .collect(Collectors.toSet());
        for (var party : c.parties()) {
            if (!withSignatory.contains(party.id())) {
                problems.add(Problem.of("signatories", "problem.signatory.missingForParty", party.name()));
            }
        }
        return problems;
    }

    private static void checkParties(PromiseContent c, List<Problem> problems) {
        boolean police = c.parties().stream().anyMatch(p -> p.kind() == OrganisationKind.LOCAL_POLICE_AREA);
        boolean municipality = c.parties().stream().anyMatch(p -> p.kind() == OrganisationKind.MUNICIPALITY);
        if (!police) {
            problems.add(Problem.of("policeId", "problem.party.policeRequired"));
        }
        if (!municipality) {
            problems.add(Problem.of("municipalityId", "problem.party.municipalityRequired"));
        }
    }

    private static void checkPeriod(PromiseContent c, boolean extended, List<Problem> problems) {
        if (c.start() == null) {
            problems.add(Problem.of("start", "problem.required"));
        }
        if (c.end() == null) {
            problems.add(Problem.of("end", "problem.required"));
        }
        if (c.start() == null || c.end() == null) {
            return;
        }
        if (!c.end().isAfter(c.start())) {
            problems.add(Problem.of("end", "problem.period.endBeforeStart"));
            return;
        }
        int years = MAX_YEARS + (extended ? 1 : 0);
        LocalDate latestEnd = c.start().plusYears(years).minusDays(1);
        if (c.end().isAfter(latestEnd)) {
            problems.add(Problem.of("end", extended ? "problem.period.tooLongExtended" : "problem.period.tooLong",
                    Integer.toString(years), latestEnd.toString()));
        }
    }

    private static void checkCommitments(PromiseContent c, List<Problem> problems) {
        Set<OrganisationId> parties = new HashSet<>(c.partyIds());
        for (int i = 0; i < c.commitments().size(); i++) {
            var commitment = c.commitments().get(i);
            String path = "commitments[" + i + "]";
            required(commitment.title(), path + ".title", problems);
            if (commitment.responsible().isEmpty()) {
                problems.add(Problem.of(path + ".responsible", "problem.commitment.responsibleRequired"));
            } else if (!parties.containsAll(commitment.responsible())) {
                problems.add(Problem.of(path + ".responsible", "problem.notAParty"));
            }
        }
    }

    private static void checkGoals(PromiseContent c, List<Problem> problems) {
        Set<OrganisationId> parties = new HashSet<>(c.partyIds());
        for (int i = 0; i < c.goals().size(); i++) {
            var goal = c.goals().get(i);
            String path = "goals[" + i + "]";
            required(goal.text(), path + ".text", problems);
            if (goal.owner() != null && !parties.contains(goal.owner())) {
                problems.add(Problem.of(path + ".owner", "problem.notAParty"));
            }
            if (goal.isNumeric()) {
                checkNumeric(c, goal.numeric(), path, problems);
            }
        }
    }

    private static void checkNumeric(PromiseContent c, PromiseContent.NumericTarget n, String path,
                                     List<Problem> problems) {
        required(n.indicator(), path + ".indicator", problems);
        required(n.unit(), path + ".unit", problems);
        if (n.target() == null) {
            problems.add(Problem.of(path + ".target", "problem.goal.targetRequired"));
        }
        if (n.direction() == null) {
            problems.add(Problem.of(path + ".direction", "problem.required"));
        }
        if (n.deadline() == null) {
            problems.add(Problem.of(path + ".deadline", "problem.required"));
        } else if (c.start() != null && c.end() != null
                && (n.deadline().isBefore(c.start()) || n.deadline().isAfter(c.end()))) {
            problems.add(Problem.of(path + ".deadline", "problem.goal.deadlineOutsidePeriod", c.start().toString(),
                    c.end().toString()));
        }
        if (n.target() != null && n.baseline() != null && n.direction() != null) {
            int cmp = n.target().compareTo(n.baseline());
            if (n.direction() == PromiseContent.Direction.INCREASE && cmp <= 0) {
                problems.add(Problem.of(path + ".target", "problem.goal.targetNotAboveBaseline"));
            } else if (n.direction() == PromiseContent.Direction.DECREASE && cmp >= 0) {
                problems.add(Problem.of(path + ".target", "problem.goal.targetNotBelowBaseline"));
            }
        }
    }

    private static void checkSignatories(PromiseContent c, List<Problem> problems) {
        Set<OrganisationId> parties = new HashSet<>(c.partyIds());
        for (int i = 0; i < c.signatories().size(); i++) {
            var s = c.signatories().get(i);
            String path = "signatories[" + i + "]";
            required(s.name(), path + ".name", problems);
            required(s.role(), path + ".role", problems);
            if (s.party() == null) {
                problems.add(Problem.of(path + ".party", "problem.required"));
            } else if (!parties.contains(s.party())) {
                problems.add(Problem.of(path + ".party", "problem.notAParty"));
            }
        }
    }

    private static void required(String value, String field, List<Problem> problems) {
        if (PromiseContent.blank(value)) {
            problems.add(Problem.of(field, "problem.required"));
        }
    }
}
