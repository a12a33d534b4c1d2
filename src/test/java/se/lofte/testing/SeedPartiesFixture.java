package se.lofte.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/**
 * Promises of the seed promise's parties, LPO Östra Fyrbodal and Bengtsfors, written, signed and published through
 * the application's services, and police measures logged on them: what the fixtures of the progress and follow-up
 * tests share. Each extends it with the commitments and goals its tests need.
 */
public abstract class SeedPartiesFixture extends SpringFixture {

    private final String staff;
    private PromiseManagement promises;
    private PublishedPromises published;
    private MeasureManagement measures;
    private JdbcClient jdbc;
    private List<PromiseContent.Party> parties;

    /** {@code staff} names the account that writes, signs and publishes for both parties. */
    protected SeedPartiesFixture(String staff) {
        this.staff = staff;
    }

    @Override
    public void use(ApplicationContext spring) {
        promises = spring.getBean(PromiseManagement.class);
        published = spring.getBean(PublishedPromises.class);
        measures = spring.getBean(MeasureManagement.class);
        jdbc = spring.getBean(JdbcClient.class);
        parties = SeedParties.of(spring);
    }

    public PromiseContent.Party police() {
        return parties.get(0);
    }

    public PromiseContent.Party municipality() {
        return parties.get(1);
    }

    /** Editors and signatories of both parties. */
    public StaffMember both() {
        var memberships = new HashSet<Membership>();
        for (var party : parties) {
            memberships.add(new Membership(party.id(), Role.EDITOR));
            memberships.add(new Membership(party.id(), Role.SIGNATORY));
        }
        return new StaffMember(staff, staff, false, memberships);
    }

    /** The revision of the promise that the public sees now. */
    public PublishedRevision latest(PromiseId id) {
        return published.latest(id).orElseThrow();
    }

    /**
     * A promise of both parties for the year: the same situation, follow-up plan and signatories in every test,
     * commitment c1 being the police's traffic controls on Storgatan.
     */
    protected PromiseContent content(int year, List<PromiseContent.Commitment> more, List<PromiseContent.Goal> goals,
                                     List<PromiseContent.FocusPlaceRef> focusPlaces) {
        var police = police().id();
        var commitments = new ArrayList<PromiseContent.Commitment>();
        commitments.add(new PromiseContent.Commitment("c1", "Trafikkontroller", "Kontroller på Storgatan.",
                List.of(police), List.of()));
        commitments.addAll(more);
        return new PromiseContent(parties, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "Medborgarlöfte " + year, "Tryggare gator i Bengtsfors.", "Skadegörelsen har ökat.", commitments,
                goals, List.of("Storgatan"), focusPlaces,
                new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"), "Vi berättar på webben.",
                List.of(new PromiseContent.Signatory("Anna Andersson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Bo Berg", "kommunstyrelsens ordförande", municipality().id())),
                null);
    }

    /** The content as a draft; it must be accepted. */
    protected PromiseId draft(PromiseContent content) {
        var result = promises.create(content, both());
        if (!result.saved()) {
            throw new IllegalStateException("Test promise refused: " + result.problems());
        }
        return result.id();
    }

    /** Signs the draft for both parties and publishes it. */
    protected PromiseId signedAndPublished(PromiseId id) {
        for (var party : parties) {
            promises.sign(id, party.id(), both());
        }
        promises.publish(id, both(), "Test Publicerare");
        return id;
    }

    /**
     * Logs a police measure under commitment c1 on the day with one output, and waits until the goals have counted
     * it.
     */
    protected void policeMeasure(PromiseId id, LocalDate day, String kind, String quantity, String unit,
                                 String description) {
        var saved = measures.log(id, new MeasureInput(List.of("c1"), day, null, null, police().id(), kind,
                List.of(new MeasureInput.OutputLine(quantity, unit)), description, null, false, List.of(), List.of()),
                both());
        if (!saved.problems().isEmpty()) {
            throw new IllegalStateException("Test measure refused: " + saved.problems());
        }
        Reactions.settle(jdbc);
    }
}
