package se.lofte.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;

/** A promise of LPO Östra Fyrbodal and Bengtsfors to log measures against, and measures to log. */
public final class MeasureFixtures {

    private MeasureFixtures() {
    }

    public record Parties(Organisation police, Organisation municipality) {

        public List<OrganisationId> ids() {
            return List.of(police.id(), municipality.id());
        }
    }

    public static Parties parties(Organisations organisations) {
        Organisation bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        Organisation police = organisations.coveringLocalPoliceAreas(bengtsfors.id()).stream()
                .filter(o -> o.kind() == OrganisationKind.LOCAL_POLICE_AREA).findFirst().orElseThrow();
        return new Parties(police, bengtsfors);
    }

    /** A person with these roles in these organisations, as a signed-in staff member. */
    public static StaffMember staff(String username, Role role, OrganisationId... organisations) {
        return new StaffMember(username, username, false,
                java.util.Arrays.stream(organisations).map(o -> new Membership(o, role)).collect(java.util.stream.Collectors.toSet()));
    }

    public static StaffMember editorOfBoth(Parties parties) {
        return new StaffMember("measures.editor", "measures.editor", false,
                Set.of(new Membership(parties.police().id(), Role.EDITOR),
                        new Membership(parties.municipality().id(), Role.EDITOR)));
    }

    /** A draft promise starting in {@code year} with commitments c1 (police) and c2 (municipality). */
    public static PromiseId promise(PromiseManagement promises, Parties parties, int year) {
        var police = new PromiseContent.Party(parties.police().id(), parties.police().kind(), parties.police().name());
        var municipality = new PromiseContent.Party(parties.municipality().id(), parties.municipality().kind(),
                parties.municipality().name());
        var content = new PromiseContent(List.of(police, municipality), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "Medborgarlöfte " + year, "Tryggare centrum.", "Otrygghet i centrum.",
                List.of(new PromiseContent.Commitment("c1", "Trafikkontroller", "Fler kontroller.",
                                List.of(police.id()), List.of()),
                        new PromiseContent.Commitment("c2", "Belysning", "Bättre belysning.",
                                List.of(municipality.id()), List.of())),
                List.of(new PromiseContent.Goal("g1", police.id(), "Minst 20 trafikkontroller.",
                        new PromiseContent.NumericTarget("Trafikkontroller", "kontroller", BigDecimal.ZERO,
                                BigDecimal.valueOf(20), PromiseContent.Direction.INCREASE, LocalDate.of(year, 12, 31)))),
                List.of(), List.of(), new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"),
                "Vi berättar hur det går.", List.of(), null);
        var saved = promises.create(content, editorOfBoth(parties));
        if (!saved.saved()) {
            throw new IllegalStateException("Fixture promise refused: " + saved.problems());
        }
        return saved.id();
    }

    /**
     * Removes places a test made, with any focus places made of them: every test context of a run shares one
     * database, and the map tests draw every area there is.
     */
    public static void removePlaces(org.springframework.jdbc.core.simple.JdbcClient jdbc, List<Long> areas,
                                    List<Long> segments) {
        for (long area : areas) {
            removeFocusPlacesWith(jdbc, "area_id", area);
            jdbc.sql("delete from area where id = ?").param(area).update();
        }
        for (long segment : segments) {
            removeFocusPlacesWith(jdbc, "segment_id", segment);
            jdbc.sql("delete from street_segment where id = ?").param(segment).update();
        }
    }

    private static void removeFocusPlacesWith(org.springframework.jdbc.core.simple.JdbcClient jdbc, String column,
                                              long id) {
        List<Long> focusPlaces = jdbc.sql("select focus_place_id from focus_place_part where " + column + " = ?")
                .param(id).query(Long.class).list();
        for (long focusPlace : focusPlaces) {
            jdbc.sql("delete from focus_place_part where focus_place_id = ?").param(focusPlace).update();
            jdbc.sql("delete from focus_place where id = ?").param(focusPlace).update();
        }
    }

    /** A one-day traffic control by the police for c1 with one output row, public at once, with no place. */
    public static MeasureInput trafficControl(Parties parties, LocalDate day, String quantity, String unit) {
        return new MeasureInput(List.of("c1"), day, null, MeasurePlace.nowhere(), parties.police().id(),
                "trafikkontroll", List.of(new MeasureInput.OutputLine(quantity, unit)),
                "Hastighetskontroll på riksväg 172.", null, false, List.of(), List.of());
    }

    public static MeasureInput withPlace(MeasureInput m, MeasurePlace place, boolean areaOnly) {
        return new MeasureInput(m.commitmentKeys(), m.start(), m.end(), place, m.responsible(), m.kindCode(),
                m.outputs(), m.description(), m.publicFrom(), areaOnly, m.newAttachments(), m.removedAttachments());
    }

    public static MeasureInput withPublicFrom(MeasureInput m, LocalDate publicFrom) {
        return new MeasureInput(m.commitmentKeys(), m.start(), m.end(), m.place(), m.responsible(), m.kindCode(),
                m.outputs(), m.description(), publicFrom, m.areaOnly(), m.newAttachments(), m.removedAttachments());
    }

    public static MeasureInput withOutputs(MeasureInput m, List<MeasureInput.OutputLine> outputs) {
        return new MeasureInput(m.commitmentKeys(), m.start(), m.end(), m.place(), m.responsible(), m.kindCode(),
                outputs, m.description(), m.publicFrom(), m.areaOnly(), m.newAttachments(), m.removedAttachments());
    }

    public static MeasureInput withDescription(MeasureInput m, String description) {
        return new MeasureInput(m.commitmentKeys(), m.start(), m.end(), m.place(), m.responsible(), m.kindCode(),
                m.outputs(), description, m.publicFrom(), m.areaOnly(), m.newAttachments(), m.removedAttachments());
    }

    public static MeasureInput withResponsible(MeasureInput m, OrganisationId responsible) {
        return new MeasureInput(m.commitmentKeys(), m.start(), m.end(), m.place(), responsible, m.kindCode(),
                m.outputs(), m.description(), m.publicFrom(), m.areaOnly(), m.newAttachments(), m.removedAttachments());
    }

    public static MeasureInput withKindAndPeriod(MeasureInput m, String kind, LocalDate start, LocalDate end) {
        return new MeasureInput(m.commitmentKeys(), start, end, m.place(), m.responsible(), kind,
                m.outputs(), m.description(), m.publicFrom(), m.areaOnly(), m.newAttachments(), m.removedAttachments());
    }
}
