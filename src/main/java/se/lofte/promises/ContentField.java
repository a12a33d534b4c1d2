package se.lofte.promises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.OrganisationId;

/**
 * One readable field of a promise, flattened so that rules and comparisons can walk every field the same
 * way. {@code id} follows the field across revisions (commitments and goals by their key, so renumbering
 * is not a change of text); {@code path} names the form field; {@code section}, {@code number} and
 * {@code name} are message keys and the ordinal that make a label a resident can read ("Mål 2 – målvärde").
 * {@code free} marks text typed by staff that becomes public, which is what the identity-number guard reads.
 * {@code owners} are the parties whose words the field is (a commitment's responsible parties, a goal's
 * owner, a signatory's party); empty for joint text that any party's editor may change.
 */
record ContentField(String id, String path, String section, int number, String name, String value, boolean free,
                    Set<OrganisationId> owners) {

    /** The fields by {@code id}, in reading order: what two revisions are compared by. */
    static Map<String, ContentField> byId(PromiseContent content) {
        Map<String, ContentField> fields = new LinkedHashMap<>();
        of(content).forEach(f -> fields.put(f.id(), f));
        return fields;
    }

    static List<ContentField> of(PromiseContent c) {
        List<ContentField> f = new ArrayList<>();
        f.add(fixed("parties", "parties", "section.parties", 0, "field.parties",
                c.parties().stream().map(PromiseContent.Party::name).collect(Collectors.joining(", "))));
        f.add(fixed("start", "start", "section.period", 0, "field.start", str(c.start())));
        f.add(fixed("end", "end", "section.period", 0, "field.end", str(c.end())));
        f.add(text("title", "title", "section.title", 0, "field.title", c.title()));
        f.add(text("lead", "lead", "section.lead", 0, "field.lead", c.lead()));
        f.add(text("situation", "situation", "section.situation", 0, "field.situation", c.situation()));
        for (int i = 0; i < c.commitments().size(); i++) {
            var commitment = c.commitments().get(i);
            var row = new Row(f, "commitment:" + commitment.key(), "commitments[" + i + "]", "section.commitment", i + 1);
            row.text("title", "title", "field.commitmentTitle", commitment.title());
            row.text("text", "text", "field.commitmentText", commitment.text());
            row.fixed("responsible", "responsible", "field.responsible", names(c, commitment.responsible()));
            row.fixed("places", "focusPlaceIds", "places.field.commitmentPlaces", commitment.focusPlaceNames());
            row.fixed("theme", "theme", "field.theme", commitment.theme() == null ? null : commitment.theme().swedish());
            row.ownedBy(Set.copyOf(commitment.responsible()));
        }
        for (int i = 0; i < c.goals().size(); i++) {
            var goal = c.goals().get(i);
            var row = new Row(f, "goal:" + goal.key(), "goals[" + i + "]", "section.goal", i + 1);
            row.fixed("owner", "owner", "field.owner", goal.owner() == null ? "" : c.partyName(goal.owner()));
            row.text("text", "text", "field.goalText", goal.text());
            var n = goal.numeric();
            row.text("indicator", "indicator", "field.indicator", n == null ? null : n.indicator());
            row.text("unit", "unit", "field.unit", n == null ? null : n.unit());
            row.fixed("baseline", "baseline", "field.baseline", n == null ? null : str(n.baseline()));
            row.fixed("target", "target", "field.target", n == null ? null : str(n.target()));
            row.fixed("direction", "direction", "field.direction",
                    n == null || n.direction() == null ? null : n.direction().name());
            row.fixed("deadline", "deadline", "field.deadline", n == null ? null : str(n.deadline()));
            row.ownedBy(goal.owner() == null ? Set.of() : Set.of(goal.owner()));
        }
        for (int i = 0; i < c.focusPlaces().size(); i++) {
            f.add(text("focus:" + i, "focusPlaces[" + i + "]", "section.focusPlaces", i + 1, "field.focusPlace",
                    c.focusPlaces().get(i)));
        }
        f.add(fixed("focusPlaceRefs", "focusPlaceIds", "section.focusPlaces", 0, "places.field.focusPlaces",
                c.focusPlaceNames()));
        var plan = c.followUp();
        f.add(text("followUpFrequency", "followUpFrequency", "section.followUp", 0, "field.followUpFrequency",
                plan == null ? null : plan.frequency()));
        f.add(text("followUpConvener", "followUpConvener", "section.followUp", 0, "field.followUpConvener",
                plan == null ? null : plan.convener()));
        f.add(text("followAlong", "followAlong", "section.followAlong", 0, "field.followAlong", c.followAlong()));
        for (int i = 0; i < c.signatories().size(); i++) {
            var s = c.signatories().get(i);
            var row = new Row(f, "signatory:" + i, "signatories[" + i + "]", "section.signatory", i + 1);
            row.text("name", "name", "field.signatoryName", s.name());
            row.text("role", "role", "field.signatoryRole", s.role());
            row.fixed("party", "party", "field.signatoryParty", s.party() == null ? null : c.partyName(s.party()));
            row.ownedBy(s.party() == null ? Set.of() : Set.of(s.party()));
        }
        var image = c.image();
        f.add(fixed("imageFile", "imageFile", "section.image", 0, "field.imageFile",
                image == null ? null : image.sha256()));
        f.add(text("imageAlt", "imageAlt", "section.image", 0, "field.imageAlt", image == null ? null : image.alt()));
        f.add(text("imageCaption", "imageCaption", "section.image", 0, "field.imageCaption",
                image == null ? null : image.caption()));
        f.add(text("imageCredit", "imageCredit", "section.image", 0, "field.imageCredit",
                image == null ? null : image.credit()));
        return f;
    }

    private static ContentField text(String id, String path, String section, int number, String name, String value) {
        return new ContentField(id, path, section, number, name, value == null ? "" : value, true, Set.of());
    }

    private static ContentField fixed(String id, String path, String section, int number, String name, String value) {
        return new ContentField(id, path, section, number, name, value == null ? "" : value, false, Set.of());
    }

    /**
     * The fields of one numbered row (a commitment, a goal, a signatory), added to {@code fields}: each field's id
     * is the row's id and its part ({@code commitment:c1:title}), its path the row's path and its form field
     * ({@code commitments[0].title}).
     */
    private record Row(List<ContentField> fields, String id, String path, String section, int number, int from) {

        Row(List<ContentField> fields, String id, String path, String section, int number) {
            this(fields, id, path, section, number, fields.size());
        }

        void text(String part, String field, String name, String value) {
            fields.add(ContentField.text(id + ":" + part, path + "." + field, section, number, name, value));
        }

        void fixed(String part, String field, String name, String value) {
            fields.add(ContentField.fixed(id + ":" + part, path + "." + field, section, number, name, value));
        }

        /** The row's fields are the words of these parties. */
        void ownedBy(Set<OrganisationId> owners) {
            owned(fields, from, owners);
        }
    }

    /** Marks the fields added since {@code from} as the words of these parties. */
    private static void owned(List<ContentField> fields, int from, Set<OrganisationId> owners) {
        for (int i = from; i < fields.size(); i++) {
            var f = fields.get(i);
            fields.set(i, new ContentField(f.id(), f.path(), f.section(), f.number(), f.name(), f.value(), f.free(),
                    owners));
        }
    }

    private static String names(PromiseContent c, List<OrganisationId> ids) {
        return ids.stream().map(c::partyName).collect(Collectors.joining(", "));
    }

    private static String str(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
