package se.lofte.promises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;

/**
 * Everything a promise says, in the order a resident reads it. The working copy that staff edit and every
 * published revision are values of this type; a revision stores it frozen, party names included, so that
 * a later renaming of an organisation never changes what was published. Focus places are referred to the
 * same way: by id, with their name frozen. The text places ({@code focusPlaces}) stay beside them as a
 * description, and are all that promises written before focus places existed have.
 *
 * <p>Commitments and goals carry a {@code key} that stays the same across edits and revisions, so that
 * measures and follow-up can refer to them.
 */
public record PromiseContent(
        List<Party> parties,
        LocalDate start,
        LocalDate end,
        String title,
        String lead,
        String situation,
        List<Commitment> commitments,
        List<Goal> goals,
        List<String> focusPlaces,
        List<FocusPlaceRef> focusPlaceRefs,
        FollowUpPlan followUp,
        String followAlong,
        List<Signatory> signatories,
        Image image) {

    public PromiseContent {
        parties = List.copyOf(parties);
        commitments = List.copyOf(commitments);
        goals = List.copyOf(goals);
        focusPlaces = List.copyOf(focusPlaces);
        focusPlaceRefs = refs(focusPlaceRefs);
        signatories = List.copyOf(signatories);
    }

    /**
     * A focus place of the situation picture the promise or a commitment is about, by id, with its name as it
     * was when the text was saved: a published revision must not change when the focus place is renamed.
     */
    public record FocusPlaceRef(long id, String name) {
    }

    /** A party to the promise: a local police area, a municipality or another actor. */
    public record Party(OrganisationId id, OrganisationKind kind, String name) {
    }

    /**
     * A numbered commitment, "Det här ska vi göra"; its number is its position. {@code focusPlaceRefs} are
     * where it is done. {@code theme} is what it is about, as staff tagged it; null when not stated. An absent
     * theme is left out of the stored JSON rather than written as null, so that the text of every commitment
     * stored before themes existed, and with it every revision hash, stays exactly as it was.
     */
    public record Commitment(String key, String title, String text, List<OrganisationId> responsible,
                             List<FocusPlaceRef> focusPlaceRefs, @JsonInclude(JsonInclude.Include.NON_NULL) Theme theme) {
        public Commitment {
            responsible = List.copyOf(responsible);
            focusPlaceRefs = refs(focusPlaceRefs);
        }

        /** A commitment whose theme is not stated. */
        public Commitment(String key, String title, String text, List<OrganisationId> responsible,
                          List<FocusPlaceRef> focusPlaceRefs) {
            this(key, title, text, responsible, focusPlaceRefs, null);
        }

        /** The same commitment in other words: everything else, its theme too, stays. */
        public Commitment withText(String text) {
            return new Commitment(key, title, text, responsible, focusPlaceRefs, theme);
        }

        public String focusPlaceNames() {
            return names(focusPlaceRefs);
        }
    }

    /**
     * A goal, "Det här ska vi åstadkomma tillsammans": of one party, or joint when {@code owner} is null.
     * Numeric when {@code numeric} is set, qualitative otherwise. {@code text} is what residents read.
     */
    public record Goal(String key, OrganisationId owner, String text, NumericTarget numeric) {
        public boolean isNumeric() {
            return numeric != null;
        }
    }

    public record NumericTarget(String indicator, String unit, BigDecimal baseline, BigDecimal target,
                                Direction direction, LocalDate deadline) {
    }

    /** Whether a goal is reached by going up to the target ("minst fem") or down to it ("högst tio"). */
    public enum Direction {
        INCREASE, DECREASE
    }

    /** How often the parties follow the promise up together, and who convenes. */
    public record FollowUpPlan(String frequency, String convener) {
    }

    public record Signatory(String name, String role, OrganisationId party) {
    }

    /**
     * A picture with its caption and credit. {@code sha256} names the stored file; it may be absent when
     * only the caption survives (as for the 2019 demo promise, whose photo is not ours to ship).
     */
    public record Image(String sha256, String contentType, String alt, String caption, String credit) {
        public boolean hasFile() {
            return sha256 != null;
        }

        public boolean isEmpty() {
            return sha256 == null && blank(alt) && blank(caption) && blank(credit);
        }
    }

    /** The ids of the promise's parties, in its order: the organisations whose staff edit, sign and follow it up. */
    public List<OrganisationId> partyIds() {
        return parties.stream().map(Party::id).toList();
    }

    public String partyName(OrganisationId id) {
        return parties.stream().filter(p -> p.id().equals(id)).map(Party::name).findFirst().orElse("");
    }

    public int startYear() {
        return start.getYear();
    }

    /** "2019" for one calendar year, "2023–2024" otherwise. */
    public String periodLabel() {
        return start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                : start.getYear() + "–" + end.getYear();
    }

    /** The focus places' names, comma-separated, as a resident reads them. */
    public String focusPlaceNames() {
        return names(focusPlaceRefs);
    }

    /** Where a commitment is done: at its own focus places, or at the promise's when it names none. */
    public List<FocusPlaceRef> focusPlaceRefsOf(Commitment commitment) {
        return commitment.focusPlaceRefs().isEmpty() ? focusPlaceRefs : commitment.focusPlaceRefs();
    }

    /** Content stored before focus places existed has none. */
    private static List<FocusPlaceRef> refs(List<FocusPlaceRef> refs) {
        return refs == null ? List.of() : List.copyOf(refs);
    }

    private static String names(List<FocusPlaceRef> refs) {
        return refs.stream().map(FocusPlaceRef::name).collect(java.util.stream.Collectors.joining(", "));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
