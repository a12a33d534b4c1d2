package se.lofte.accounts;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.organisations.OrganisationId;

/**
 * One change for the audit trail: who made it, which organisations it concerns, what was changed (subject
 * type and id), how (action), and the subject's values before and after as JSON text.
 *
 * <p>{@code actor} is the username of the signed-in person, or null when nobody was signed in (a visitor on
 * the public site, or Löfte itself at first start). {@code subjectType} and {@code action} are short
 * lowercase words ({@code promise}, {@code published}) that also name their texts
 * ({@code audit.subject.promise}). {@code before} is null for something new, {@code after} for something
 * removed. Organisation administrators see the events that concern their organisations; an event that
 * concerns none is seen by system administrators only.
 */
public record AuditEvent(String actor, Set<OrganisationId> organisations, String subjectType, String subjectId,
                         String action, String before, String after) {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z_]{0,49}");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Checked here so that a bad event fails the change it belongs to, not a later reader of the trail. */
    public AuditEvent {
        organisations = Set.copyOf(organisations);
        if (actor != null && (actor.isBlank() || actor.length() > 100)) {
            throw new IllegalArgumentException("An actor is a username of at most 100 characters");
        }
        requireWord("subjectType", subjectType);
        requireWord("action", action);
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 100) {
            throw new IllegalArgumentException("A subject id is required, at most 100 characters");
        }
        requireJson("before", before);
        requireJson("after", after);
    }

    /** The JSON text of a value, for callers without a JSON mapper of their own. */
    public static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static void requireWord(String name, String value) {
        if (value == null || !WORD.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a lowercase word: " + value);
        }
    }

    private static void requireJson(String name, String value) {
        if (value == null) {
            return;
        }
        try {
            MAPPER.readTree(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + " must be JSON text", e);
        }
    }
}
