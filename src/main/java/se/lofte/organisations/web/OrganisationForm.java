package se.lofte.organisations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Problem;

/**
 * What staff typed into an organisation form, kept as text so that a refused form shows exactly what was
 * typed. {@code municipalities} are the ticked coverage boxes of a local police area.
 */
public record OrganisationForm(String name, String parent, Set<String> municipalities) {

    static OrganisationForm of(Organisation organisation, List<Organisation> covered) {
        return new OrganisationForm(organisation.name(),
                organisation.parentId() == null ? null : organisation.parentId().toString(),
                covered.stream().map(m -> m.id().toString()).collect(Collectors.toSet()));
    }

    /**
     * An id from a URL or form field. Anything that is not a plain number of at most 18 digits (which
     * always fits a long) is no id at all, so that typed-in addresses never reach the database as errors.
     */
    static Optional<OrganisationId> parseId(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationId(Long.parseLong(text.strip())));
    }

    /** The chosen parent, for kinds that have one; a parent sent for any other kind is no part of the form. */
    OrganisationId parentFor(OrganisationKind kind) {
        return kind.parentKind().isPresent() ? parseId(parent).orElse(null) : null;
    }

    /**
     * The problems that keep this form from being saved for an organisation of {@code kind} ({@code self}
     * when editing one), keyed by the field they belong to, in page order. Empty when it can be saved.
     */
    Map<String, Problem> check(Organisations organisations, OrganisationKind kind, OrganisationId self) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            problems.put("name", Problem.of("name", "org.problem.nameRequired"));
        } else if (stripped.length() > Organisations.NAME_MAX) {
            problems.put("name", Problem.of("name", "org.problem.nameTooLong", Integer.toString(Organisations.NAME_MAX)));
        } else if (organisations.nameTaken(kind, stripped, self)) {
            problems.put("name", Problem.of("name", "org.problem.nameTaken." + kind.name()));
        }
        kind.parentKind().ifPresent(wanted -> {
            if (parent == null || parent.isBlank()) {
                problems.put("parent", Problem.of("parent", "org.problem.parentRequired." + kind.name()));
            } else if (parseId(parent).flatMap(organisations::find).filter(p -> p.kind() == wanted).isEmpty()) {
                problems.put("parent", Problem.of("parent", "org.problem.parentWrongKind." + kind.name()));
            }
        });
        return problems;
    }
}
