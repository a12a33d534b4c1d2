package se.lofte.promises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestYears;

/** Promise content for tests: a small complete promise between a police area and a municipality. */
public final class PromiseFixtures {

    static final PromiseContent.Party POLICE =
            new PromiseContent.Party(new OrganisationId(1), OrganisationKind.LOCAL_POLICE_AREA, "LPO Östra Fyrbodal");
    static final PromiseContent.Party AMAL =
            new PromiseContent.Party(new OrganisationId(2), OrganisationKind.MUNICIPALITY, "Åmåls kommun");

    private PromiseFixtures() {
    }

    static PromiseContent complete() {
        return complete(List.of(POLICE, AMAL));
    }

    static PromiseContent complete(List<PromiseContent.Party> parties) {
        return complete(parties, 2027);
    }

    /** The complete promise between these two parties, police first, for the year given. */
    public static PromiseContent complete(List<PromiseContent.Party> parties, int year) {
        var police = parties.get(0).id();
        var municipality = parties.get(1).id();
        return new PromiseContent(parties, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "Medborgarlöfte för " + year, "Polisen och kommunen lovar tryggare centrum.",
                "Otryggheten i centrum har ökat enligt trygghetsmätningen.",
                List.of(new PromiseContent.Commitment("c1", "Fler trafikkontroller", "Kontroller på Kungsgatan.",
                                List.of(police), List.of()),
                        new PromiseContent.Commitment("c2", "Bättre belysning", "Ny belysning i parken.",
                                List.of(municipality), List.of())),
                List.of(new PromiseContent.Goal("g1", police, "Polisen ska genomföra minst 20 trafikkontroller.",
                                new PromiseContent.NumericTarget("Genomförda trafikkontroller", "kontroller",
                                        BigDecimal.ZERO, BigDecimal.valueOf(20), PromiseContent.Direction.INCREASE,
                                        LocalDate.of(year, 12, 31))),
                        new PromiseContent.Goal("g2", null, "Fler ska känna sig trygga i centrum.", null)),
                List.of("Kungsgatan"), List.of(),
                new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"),
                "Vi berättar hur det går på webbplatserna.",
                List.of(new PromiseContent.Signatory("Anna Andersson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Bo Berg", "kommunstyrelsens ordförande", municipality)),
                null);
    }

    /** The complete promise of the first police area and Åmål, as the migrations load them, for the year given. */
    static PromiseContent ofPoliceAndAmal(PromiseManagement management, Organisations organisations, int year) {
        var police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).getFirst();
        var amal = organisations.municipalityBySlug("amal").orElseThrow();
        return complete(management.parties(List.of(police.id(), amal.id())), year);
    }

    /** A promise published once, with what it says and who wrote, signed and published it. */
    record Published(PromiseId id, PromiseContent content, StaffMember editor) {
    }

    /**
     * The complete promise of the first police area and Åmål, in a year of its own, written and signed for
     * every party and published by one person, an editor and signatory of both.
     */
    static Published published(PromiseManagement management, Organisations organisations, String username,
                               String name) {
        var content = ofPoliceAndAmal(management, organisations, TestYears.next());
        var memberships = new HashSet<Membership>();
        content.parties().forEach(p -> {
            memberships.add(new Membership(p.id(), Role.EDITOR));
            memberships.add(new Membership(p.id(), Role.SIGNATORY));
        });
        var editor = new StaffMember(username, name, false, memberships);
        var id = management.create(content, editor).id();
        content.parties().forEach(p -> management.sign(id, p.id(), editor));
        management.publish(id, editor, name);
        return new Published(id, content, editor);
    }

    public static PromiseContent withTitle(PromiseContent c, String title) {
        return new PromiseContent(c.parties(), c.start(), c.end(), title, c.lead(), c.situation(), c.commitments(),
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    static PromiseContent withPeriod(PromiseContent c, LocalDate start, LocalDate end) {
        return new PromiseContent(c.parties(), start, end, c.title(), c.lead(), c.situation(), c.commitments(),
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    static PromiseContent withSituation(PromiseContent c, String situation) {
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), situation, c.commitments(),
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    public static PromiseContent withGoals(PromiseContent c, List<PromiseContent.Goal> goals) {
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), c.commitments(),
                goals, c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    static PromiseContent withImage(PromiseContent c, PromiseContent.Image image) {
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), c.commitments(),
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), image);
    }

    static PromiseContent.Goal numericGoal(BigDecimal target) {
        return numericGoal(POLICE.id(), target, 2027);
    }

    static PromiseContent.Goal numericGoal(se.lofte.organisations.OrganisationId owner, BigDecimal target, int year) {
        return new PromiseContent.Goal("g1", owner, "Polisen ska genomföra minst " + target + " trafikkontroller.",
                new PromiseContent.NumericTarget("Genomförda trafikkontroller", "kontroller", BigDecimal.ZERO, target,
                        PromiseContent.Direction.INCREASE, LocalDate.of(year, 12, 31)));
    }

    /** The content with commitment {@code index} (from 0) done at these focus places. */
    static PromiseContent withCommitmentPlaces(PromiseContent c, int index, List<PromiseContent.FocusPlaceRef> places) {
        var m = c.commitments().get(index);
        return withCommitment(c, index, new PromiseContent.Commitment(m.key(), m.title(), m.text(), m.responsible(),
                places, m.theme()));
    }

    /** The content with commitment {@code index} (from 0) tagged with this theme. */
    public static PromiseContent withCommitmentTheme(PromiseContent c, int index, Theme theme) {
        var m = c.commitments().get(index);
        return withCommitment(c, index, new PromiseContent.Commitment(m.key(), m.title(), m.text(), m.responsible(),
                m.focusPlaceRefs(), theme));
    }

    private static PromiseContent withCommitment(PromiseContent c, int index, PromiseContent.Commitment commitment) {
        var commitments = new java.util.ArrayList<>(c.commitments());
        commitments.set(index, commitment);
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), commitments,
                c.goals(), c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(),
                c.image());
    }
}
